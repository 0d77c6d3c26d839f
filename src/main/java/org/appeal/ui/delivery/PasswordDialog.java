package org.appeal.ui.delivery;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

import java.util.Optional;

/**
 * Asks for the mail account's password. The typed characters are handed over as an array the
 * receiver wipes, and the field is cleared: the password is never shown, kept in a label or written.
 */
final class PasswordDialog {
    private final Messages messages;
    private final Window owner;

    PasswordDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    Optional<char[]> ask(String account) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("delivery.passwordTitle"));
        dialog.setHeaderText(messages.get("mail.passwordHeader", account));
        dialog.getDialogPane().setId("mail-password-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());
        dialog.getDialogPane().lookupButton(buttons.ok()).setId("mailPasswordOk");
        PasswordField field = new PasswordField();
        field.setId("mailPassword");
        field.setAccessibleText(messages.get("mail.password"));
        Label label = new Label(messages.get("mail.password"));
        label.setLabelFor(field);
        VBox content = new VBox(8, label, field);
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        dialog.setOnShown(e -> field.requestFocus());
        boolean ok = dialog.showAndWait().filter(b -> b == buttons.ok()).isPresent();
        CharSequence typed = field.getCharacters();
        char[] password = new char[typed.length()];
        for (int i = 0; i < password.length; i++) {
            password[i] = typed.charAt(i);
        }
        field.clear();
        if (!ok) {
            java.util.Arrays.fill(password, '\0');
            return Optional.empty();
        }
        return Optional.of(password);
    }
}
