package org.appeal.app.delivery;

import org.appeal.domain.EmailAddress;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The mail account letters are sent from. Never holds the password: that is asked for when
 * sending, and kept only as {@link MailPasswords} says.
 *
 * @param user          the login name; empty for a server that needs none
 * @param fromName      the sender's name as recipients see it, e.g. the coalition's; may be empty
 * @param storePassword whether the user chose to keep the password between runs (encrypted, see {@link EncryptedPasswordFile})
 */
public record SmtpSettings(String host, int port, SmtpSecurity security, String user, String fromAddress,
                           String fromName, boolean storePassword) {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    public SmtpSettings {
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        fromAddress = fromAddress == null ? "" : fromAddress.strip();
        fromName = fromName == null ? "" : fromName.strip();
        Objects.requireNonNull(security, "security");
        if (host.isEmpty()) {
            throw new IllegalArgumentException("the mail server's name is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a mail server's port is 1 to 65535, not " + port);
        }
        if (security == SmtpSecurity.NONE && !isLoopback(host)) {
            throw new IllegalArgumentException("an unencrypted connection is allowed only to a server on this machine"
                    + " (localhost), not to " + host + ": the password and the letters would cross the network in"
                    + " clear text. Choose STARTTLS or TLS");
        }
        String problem = EmailAddress.problem(fromAddress).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException("the sender's address: " + problem);
        }
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return LOOPBACK.contains(h) || h.startsWith("127.");
    }

    /** Whether the server is asked for a login at all. */
    public boolean authenticates() {
        return !user.isEmpty();
    }

    /** Names this account among stored passwords: user, server and port. */
    public String account() {
        return user + "@" + host + ":" + port;
    }
}
