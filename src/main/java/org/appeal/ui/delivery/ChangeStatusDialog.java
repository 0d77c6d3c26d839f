package org.appeal.ui.delivery;

import javafx.collections.FXCollections;
import org.appeal.ui.common.ChoiceLabels;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.domain.Delivery;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

import java.util.Optional;

/** What became of a delivery: receipt confirmed, or failed after all, with a note. */
final class ChangeStatusDialog {
    /** The new status and its note. */
    record Change(Delivery.Status status, String note) {
    }

    private final Messages messages;
    private final Window owner;

    ChangeStatusDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    Optional<Change> ask(Delivery delivery, String recipientName) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("deliveryStatus.title"));
        dialog.setHeaderText(messages.get("deliveryStatus.header", recipientName,
                messages.get("delivery.channel." + delivery.channel().name()),
                messages.get("delivery.status." + delivery.status().name())));
        dialog.getDialogPane().setId("delivery-status-dialog");
        ButtonType apply = new ButtonType(messages.get("deliveryStatus.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, buttons.cancel());
        dialog.getDialogPane().lookupButton(apply).setId("statusApply");
        ChoiceBox<Delivery.Status> status = new ChoiceBox<>(FXCollections.observableArrayList(Delivery.Status.values()));
        status.setId("statusChoice");
        status.setAccessibleText(messages.get("record.status"));
        status.setConverter(ChoiceLabels.of(status.getItems(), s -> messages.get("delivery.status." + s.name())));
        status.setValue(delivery.status() == Delivery.Status.SENT ? Delivery.Status.CONFIRMED : delivery.status());
        TextArea note = new TextArea(delivery.note());
        note.setId("statusNote");
        note.setAccessibleText(messages.get("record.note"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Label statusLabel = new Label(messages.get("record.status"));
        statusLabel.setLabelFor(status);
        Label noteLabel = new Label(messages.get("record.note"));
        noteLabel.setLabelFor(note);
        VBox content = new VBox(8, statusLabel, status, noteLabel, note);
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        return dialog.showAndWait().filter(b -> b == apply).map(b -> new Change(status.getValue(), note.getText()));
    }
}
