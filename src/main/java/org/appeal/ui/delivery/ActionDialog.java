package org.appeal.ui.delivery;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

/**
 * A delivery form's dialog: title and header from {@code <key>.title} and {@code <key>.header}, the
 * form's own action button ({@code <key>.<action>}) beside Cancel in the interface's words.
 */
record ActionDialog(Dialog<ButtonType> dialog, ButtonType action) {
    static ActionDialog of(Messages messages, Window owner, String key, String action, String id) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get(key + ".title"));
        dialog.setHeaderText(messages.get(key + ".header"));
        dialog.getDialogPane().setId(id);
        // A header wider than this wraps instead of stretching the dialog across the screen.
        dialog.getDialogPane().setPrefWidth(600);
        ButtonType button = new ButtonType(messages.get(key + "." + action), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(button, DialogButtons.of(messages).cancel());
        return new ActionDialog(dialog, button);
    }
}
