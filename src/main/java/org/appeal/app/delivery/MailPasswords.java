package org.appeal.app.delivery;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mail password for the run of the app: asked for once, kept in memory until the app ends
 * (wiped by {@link #forgetAll()}), and written to disk only when the user chose to store it, and
 * then only encrypted ({@link EncryptedPasswordFile}). Never logged, never in settings. Not
 * thread-safe: the app uses it from one background task at a time.
 */
public final class MailPasswords {
    private final Map<String, char[]> inMemory = new HashMap<>();
    private final EncryptedPasswordFile stored;

    public MailPasswords(EncryptedPasswordFile stored) {
        this.stored = stored;
    }

    /** A copy of the password for the account, from memory or (if the user stored it) from disk; empty = ask. */
    public Optional<char[]> find(SmtpSettings account) throws IOException {
        char[] known = inMemory.get(account.account());
        if (known != null) {
            return Optional.of(known.clone());
        }
        if (!account.storePassword()) {
            return Optional.empty();
        }
        Optional<char[]> fromDisk = stored.load(account.account());
        fromDisk.ifPresent(p -> inMemory.put(account.account(), p.clone()));
        return fromDisk;
    }

    /**
     * Keeps the password the user typed for this run, and on disk too when the account says so.
     * The caller still wipes its own array.
     *
     * @throws IOException when storing was asked for and cannot be done; it is then kept in memory only
     */
    public void remember(SmtpSettings account, char[] password) throws IOException {
        char[] previous = inMemory.put(account.account(), password.clone());
        if (previous != null) {
            Arrays.fill(previous, '\0');
        }
        if (account.storePassword()) {
            stored.store(account.account(), password);
        } else {
            stored.forget(account.account());
        }
    }

    /** Drops a password the server refused, in memory and on disk. */
    public void forget(SmtpSettings account) throws IOException {
        char[] previous = inMemory.remove(account.account());
        if (previous != null) {
            Arrays.fill(previous, '\0');
        }
        stored.forget(account.account());
    }

    /** When the app ends. */
    public void forgetAll() {
        inMemory.values().forEach(p -> Arrays.fill(p, '\0'));
        inMemory.clear();
    }

    /** Why a password cannot be stored on this machine, or empty when it can. */
    public Optional<String> storingRefusal() {
        return stored.refusal();
    }
}
