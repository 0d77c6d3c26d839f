package org.appeal.ui.delivery;

import org.appeal.app.delivery.MailPasswords;
import org.appeal.app.delivery.SmtpSettings;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The mail account's password for a sending: whether it must be asked for, kept for this run once
 * typed, forgotten when the server refuses it. Every copy handed out is wiped by its taker.
 */
final class SendingPassword {
    private final MailPasswords passwords;
    private final DialogService dialogs;
    private final Messages messages;

    SendingPassword(MailPasswords passwords, DialogService dialogs, Messages messages) {
        this.passwords = passwords;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** The account logs in and no password is known for it. */
    boolean needed(SmtpSettings settings) {
        if (settings == null || !settings.authenticates()) {
            return false;
        }
        try {
            Optional<char[]> known = passwords.find(settings);
            known.ifPresent(p -> Arrays.fill(p, '\0'));
            return known.isEmpty();
        } catch (IOException e) {
            dialogs.error(messages.get("delivery.passwordTitle"), e.getMessage());
            return true;
        }
    }

    /** The password to log in with: the one just typed (then kept, and wiped), else the one kept for this run. */
    char[] take(SmtpSettings settings, char[] typed) throws IOException {
        if (!settings.authenticates()) {
            wipe(typed);
            return new char[0];
        }
        if (typed != null) {
            passwords.remember(settings, typed);
            char[] copy = typed.clone();
            wipe(typed);
            return copy;
        }
        return passwords.find(settings).orElseThrow(() -> new IllegalStateException(
                "no password for " + settings.account() + ": ask for it first (needsPassword())"));
    }

    void forget(SmtpSettings settings) {
        try {
            passwords.forget(settings);
        } catch (IOException e) {
            dialogs.error(messages.get("delivery.passwordTitle"), e.getMessage());
        }
    }

    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
