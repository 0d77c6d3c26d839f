package org.appeal.ui.signatories;

import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.domain.Signatory;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

import java.time.LocalDate;
import java.util.Optional;

/** Asks on which day a signatory withdrew. The record is kept; only the date is set. */
public final class WithdrawalDialog {
    private final Messages messages;
    private final Window owner;

    public WithdrawalDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    public Optional<LocalDate> ask(Signatory signatory) {
        Dialog<LocalDate> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("withdraw.title"));
        dialog.setHeaderText(messages.get("withdraw.header", signatory.name()));
        dialog.getDialogPane().setId("withdraw-dialog");
        DatePicker day = org.appeal.ui.common.ShownDates.on(new DatePicker(LocalDate.now()), messages);
        day.setId("withdrawOn");
        day.setAccessibleText(messages.get("withdraw.day"));
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("withdraw.explain")), day));
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());
        dialog.getDialogPane().lookupButton(buttons.ok()).setId("withdrawOk");
        dialog.getDialogPane().lookupButton(buttons.ok()).disableProperty().bind(day.valueProperty().isNull());
        dialog.setResultConverter(b -> b == buttons.ok() ? day.getValue() : null);
        return dialog.showAndWait();
    }
}
