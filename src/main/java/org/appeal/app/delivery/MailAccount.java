package org.appeal.app.delivery;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The app's one mail account for its whole run: where its settings are kept and the passwords
 * typed (or stored) for it. Built once per app, so a password typed for one campaign still holds
 * after another is opened, and is forgotten when the app ends.
 */
public record MailAccount(MailSettingsFile settings, MailPasswords passwords) {
    public MailAccount {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(passwords, "passwords");
    }

    /** The user's: {@code mail.properties} beside the app's settings, passwords as {@link EncryptedPasswordFile#forUser} says. */
    public static MailAccount forUser(Path settingsFile, Map<String, String> environment, Path home) {
        return new MailAccount(MailSettingsFile.besides(settingsFile),
                new MailPasswords(EncryptedPasswordFile.forUser(environment, home)));
    }

    /** Everything in the folder of {@code settingsFile}: for a window opened on a test folder. */
    public static MailAccount besides(Path settingsFile) {
        Path folder = settingsFile.toAbsolutePath().getParent();
        return new MailAccount(MailSettingsFile.besides(settingsFile),
                new MailPasswords(EncryptedPasswordFile.standard(folder, folder)));
    }

    /**
     * Logs in to the server and says goodbye, sending nothing: the settings dialog's "Test the
     * connection".
     *
     * @param password ignored when the account needs no login; the caller wipes it
     * @throws MailFailure with the server's words when it cannot be reached or refuses the login
     */
    public static void checkConnection(SmtpSettings settings, char[] password) throws MailFailure {
        try (SmtpConnection connection = SmtpConnection.open(settings, password)) {
            Objects.requireNonNull(connection);
        }
    }
}
