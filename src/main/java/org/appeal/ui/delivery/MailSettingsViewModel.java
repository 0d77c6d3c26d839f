package org.appeal.ui.delivery;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.appeal.app.delivery.MailAccount;
import org.appeal.app.delivery.SmtpSecurity;
import org.appeal.app.delivery.SmtpSettings;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The mail account's settings as the dialog edits them: server, port, security, login, sender,
 * whether to keep the password between runs. The password itself is never a property here: it is
 * typed into a password dialog when needed and goes straight to {@link org.appeal.app.delivery.MailPasswords}.
 * No Node: tested without the toolkit.
 */
public final class MailSettingsViewModel {
    private final MailAccount account;
    private final UiExecutor executor;
    private final Messages messages;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("587");
    private final ObjectProperty<SmtpSecurity> security = new SimpleObjectProperty<>(SmtpSecurity.STARTTLS);
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty fromAddress = new SimpleStringProperty("");
    private final StringProperty fromName = new SimpleStringProperty("");
    private final BooleanProperty storePassword = new SimpleBooleanProperty(false);
    /** What the last check, save or connection test found, in words; empty when nothing to say. */
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty testing = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<SmtpSettings> saved = new ReadOnlyObjectWrapper<>();

    public MailSettingsViewModel(MailAccount account, UiExecutor executor, Messages messages) {
        this.account = account;
        this.executor = executor;
        this.messages = messages;
        // The usual ports follow the security chosen, unless the user typed another.
        security.addListener((o, was, now) -> {
            if (now != null && port.get().strip().equals(usualPort(was))) {
                port.set(usualPort(now));
            }
        });
    }

    private static String usualPort(SmtpSecurity security) {
        return security == null ? "" : switch (security) {
            case STARTTLS -> "587";
            case TLS -> "465";
            case NONE -> "25";
        };
    }

    /** Reads {@code mail.properties}; a damaged file is said so and the form keeps its defaults. */
    public void load() {
        try {
            account.settings().load().ifPresent(s -> {
                show(s);
                saved.set(s);
            });
        } catch (IOException | IllegalArgumentException e) {
            message.set(messages.get("mail.loadFailed", e.getMessage()));
        }
    }

    /** Puts the saved account back into the form, dropping unsaved edits (the dialog was cancelled). */
    public void revert() {
        message.set("");
        if (saved.get() != null) {
            show(saved.get());
        }
    }

    private void show(SmtpSettings s) {
        host.set(s.host());
        security.set(s.security());
        port.set(String.valueOf(s.port()));
        user.set(s.user());
        fromAddress.set(s.fromAddress());
        fromName.set(s.fromName());
        storePassword.set(s.storePassword());
    }

    /** The form as settings, or empty with {@link #messageProperty()} saying what is wrong. */
    public Optional<SmtpSettings> settings() {
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            message.set(messages.get("mail.badPort", port.get().strip()));
            return Optional.empty();
        }
        try {
            return Optional.of(new SmtpSettings(host.get(), number, security.get(), user.get(), fromAddress.get(),
                    fromName.get(), storePassword.get()));
        } catch (IllegalArgumentException | NullPointerException e) {
            message.set(messages.get("mail.invalid", e.getMessage()));
            return Optional.empty();
        }
    }

    /** Writes the account to {@code mail.properties} (never the password); false, with the reason shown, if it could not. */
    public boolean save() {
        Optional<SmtpSettings> settings = settings();
        if (settings.isEmpty()) {
            return false;
        }
        if (settings.get().storePassword() && account.passwords().storingRefusal().isPresent()) {
            message.set(account.passwords().storingRefusal().get());
            return false;
        }
        try {
            account.settings().save(settings.get());
        } catch (IOException e) {
            message.set(messages.get("mail.saveFailed", account.settings().path(), e.getMessage()));
            return false;
        }
        message.set("");
        saved.set(settings.get());
        return true;
    }

    /** Whether "Test the connection" must ask for the password first: the account logs in and none is known. */
    public boolean needsPassword() {
        Optional<SmtpSettings> settings = settings();
        if (settings.isEmpty() || !settings.get().authenticates()) {
            return false;
        }
        try {
            Optional<char[]> known = account.passwords().find(settings.get());
            known.ifPresent(p -> Arrays.fill(p, '\0'));
            return known.isEmpty();
        } catch (IOException e) {
            message.set(e.getMessage());
            return true;
        }
    }

    /**
     * Logs in to the server in the background and says what happened; sends nothing. A password
     * that worked is kept for the run (stored as the form says); one that was refused is forgotten.
     *
     * @param typed the password just typed, or null to use the one kept; wiped here
     */
    public void testConnection(char[] typed) {
        Optional<SmtpSettings> checked = settings();
        if (checked.isEmpty() || testing.get()) {
            wipe(typed);
            return;
        }
        SmtpSettings settings = checked.get();
        testing.set(true);
        message.set(messages.get("mail.testing", settings.host()));
        executor.submit(messages.get("task.mailTest"), p -> {
            char[] password = typed != null ? typed.clone()
                    : settings.authenticates() ? account.passwords().find(settings).orElse(new char[0]) : new char[0];
            try {
                MailAccount.checkConnection(settings, password);
                if (typed != null && settings.authenticates()) {
                    account.passwords().remember(settings, password);
                }
                return settings;
            } catch (org.appeal.app.delivery.MailFailure e) {
                if (e.loginRefused()) {
                    account.passwords().forget(settings);
                }
                throw e;
            } finally {
                wipe(password);
                wipe(typed);
            }
        }, ok -> {
            testing.set(false);
            message.set(messages.get("mail.testOk", ok.host(), String.valueOf(ok.port())));
        }, failure -> {
            testing.set(false);
            message.set(messages.get("mail.testFailed", String.valueOf(failure.getMessage())));
        });
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public ObjectProperty<SmtpSecurity> securityProperty() { return security; }
    public StringProperty userProperty() { return user; }
    public StringProperty fromAddressProperty() { return fromAddress; }
    public StringProperty fromNameProperty() { return fromName; }
    public BooleanProperty storePasswordProperty() { return storePassword; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty testingProperty() { return testing; }
    /** The account as last saved (or loaded): what "Send by e-mail" uses. */
    public ReadOnlyObjectProperty<SmtpSettings> savedProperty() { return saved.getReadOnlyProperty(); }
    /** The account name a password dialog asks for: user@host:port. */
    public String accountName() { return settings().map(SmtpSettings::account).orElse(""); }
}
