package org.appeal.ui.evidence;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.appeal.domain.Evidence;
import org.appeal.domain.Pinpoint;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

import java.util.Optional;

/**
 * Edits a quote: its words and where in the source they stand. The key stays: the letter cites the
 * quote by it. The quote is checked against the source again once saved.
 */
public final class EvidenceDialog {
    private final Messages messages;
    private final Window owner;

    public EvidenceDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    public Optional<Evidence> show(Evidence evidence) {
        Dialog<Evidence> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("evidence.editTitle"));
        dialog.setHeaderText("[@" + evidence.citationKey() + "]");
        dialog.getDialogPane().setId("evidence-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());

        TextArea quote = new TextArea(evidence.quote());
        quote.setId("evidenceQuote");
        quote.setWrapText(true);
        quote.setPrefRowCount(5);
        quote.setAccessibleText(messages.get("evidence.quote"));
        ChoiceBox<Pinpoint.Unit> unit = new ChoiceBox<>();
        unit.setId("evidencePinpointUnit");
        unit.setAccessibleText(messages.get("evidence.pinpointUnit"));
        unit.getItems().add(null);
        unit.getItems().addAll(Pinpoint.Unit.values());
        unit.setValue(evidence.pinpoint() == null ? null : evidence.pinpoint().unit());
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(Pinpoint.Unit u) {
                return messages.get("evidence.unit." + (u == null ? "whole" : u.name().toLowerCase()));
            }

            @Override
            public Pinpoint.Unit fromString(String s) {
                return null;
            }
        });
        TextField value = new TextField(evidence.pinpoint() == null ? "" : evidence.pinpoint().value());
        value.setId("evidencePinpointValue");
        value.setAccessibleText(messages.get("evidence.pinpointValue"));
        value.disableProperty().bind(unit.valueProperty().isNull());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.add(new Label(messages.get("evidence.quote")), 0, 0);
        grid.add(quote, 1, 0);
        grid.add(new Label(messages.get("evidence.pinpointUnit")), 0, 1);
        grid.add(unit, 1, 1);
        grid.add(new Label(messages.get("evidence.pinpointValue")), 0, 2);
        grid.add(value, 1, 2);
        GridPane.setHgrow(quote, Priority.ALWAYS);
        GridPane.setVgrow(quote, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        Node ok = dialog.getDialogPane().lookupButton(buttons.ok());
        ok.setId("evidenceOk");
        ok.setAccessibleText(messages.get("evidence.ok"));
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> quote.getText().isBlank()
                || (unit.getValue() != null && value.getText().isBlank()), quote.textProperty(), unit.valueProperty(),
                value.textProperty()));
        dialog.setResultConverter(b -> b == buttons.ok() ? new Evidence(evidence.citationKey(), evidence.sourceId(),
                quote.getText().strip(), unit.getValue() == null ? null : new Pinpoint(unit.getValue(), value.getText().strip()))
                : null);
        return dialog.showAndWait();
    }
}
