package org.appeal.ui.delivery;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.appeal.domain.Delivery;
import org.appeal.domain.Recipient;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.ChoiceLabels;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.ShownDates;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Records a letter sent outside Appeal: to whom, by fax, post, by hand or otherwise, when, to
 * which number or address, the receipt or registered-mail number, a note, and the PDF that went
 * (its SHA-256 is kept). "Record" stays disabled-in-effect: it refuses, listing what is missing.
 */
final class RecordDeliveryDialog {
    private final RecordDeliveryViewModel form;
    private final List<Recipient> recipients;
    private final Messages messages;
    private final Window owner;
    private final DialogService dialogs;

    RecordDeliveryDialog(RecordDeliveryViewModel form, List<Recipient> recipients, Messages messages, Window owner,
                         DialogService dialogs) {
        this.form = form;
        this.recipients = List.copyOf(recipients);
        this.messages = messages;
        this.owner = owner;
        this.dialogs = dialogs;
    }

    Optional<RecordDeliveryViewModel.Entry> ask() {
        ActionDialog frame = ActionDialog.of(messages, owner, "record", "apply", "record-delivery-dialog");
        Dialog<ButtonType> dialog = frame.dialog();
        ButtonType record = frame.action();
        Label problems = new Label();
        problems.setId("recordProblems");
        problems.setWrapText(true);
        problems.setStyle("-fx-text-fill: #b00020");
        Button recordButton = (Button) dialog.getDialogPane().lookupButton(record);
        recordButton.setId("recordApply");
        recordButton.addEventFilter(ActionEvent.ACTION, e -> {
            List<String> found = form.problems();
            problems.setText(String.join("\n", found));
            if (!found.isEmpty()) {
                e.consume();
            }
        });

        ComboBox<Recipient> recipient = new ComboBox<>(FXCollections.observableArrayList(recipients));
        recipient.setId("recordRecipient");
        recipient.setAccessibleText(messages.get("record.recipient"));
        recipient.setConverter(ChoiceLabels.of(recipient.getItems(), r -> r.name() + (r.title().isBlank() ? "" : ", " + r.title())));
        recipient.valueProperty().bindBidirectional(form.recipientProperty());
        recipient.setMaxWidth(Double.MAX_VALUE);
        ChoiceBox<Delivery.Channel> channel = new ChoiceBox<>(FXCollections.observableArrayList(RecordDeliveryViewModel.CHANNELS));
        channel.setId("recordChannel");
        channel.setAccessibleText(messages.get("record.channel"));
        channel.setConverter(ChoiceLabels.of(channel.getItems(), c -> messages.get("delivery.channel." + c.name())));
        channel.valueProperty().bindBidirectional(form.channelProperty());
        ChoiceBox<Delivery.Status> status = new ChoiceBox<>(FXCollections.observableArrayList(Delivery.Status.values()));
        status.setId("recordStatus");
        status.setAccessibleText(messages.get("record.status"));
        status.setConverter(ChoiceLabels.of(status.getItems(), s -> messages.get("delivery.status." + s.name())));
        status.valueProperty().bindBidirectional(form.statusProperty());
        DatePicker date = ShownDates.on(new DatePicker(), messages);
        date.setId("recordDate");
        date.setAccessibleText(messages.get("record.date"));
        date.valueProperty().bindBidirectional(form.dateProperty());
        TextField time = text("recordTime", "record.time", form.timeProperty());
        time.setPrefColumnCount(5);
        TextField address = text("recordAddress", "record.address", form.addressProperty());
        TextField reference = text("recordReference", "record.reference", form.referenceProperty());
        reference.setPromptText(messages.get("record.referencePrompt"));
        TextArea note = new TextArea();
        note.setId("recordNote");
        note.setAccessibleText(messages.get("record.note"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(form.noteProperty());
        TextField file = new TextField();
        file.setId("recordFile");
        file.setEditable(false);
        file.setAccessibleText(messages.get("record.file"));
        file.textProperty().bind(form.fileProperty().map(Path::toString).orElse(""));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(messages.get("delivery.choose"));
        choose.setId("recordChooseFile");
        choose.setOnAction(e -> dialogs.chooseOpenFile(messages.get("record.file"), "pdf").ifPresent(form.fileProperty()::set));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(380);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), wide);
        grid.addRow(0, label("record.recipient", recipient), recipient);
        grid.addRow(1, label("record.channel", channel), channel);
        grid.addRow(2, label("record.status", status), status);
        grid.addRow(3, label("record.date", date), new HBox(8, date, label("record.time", time), time));
        grid.addRow(4, label("record.address", address), address);
        grid.addRow(5, label("record.reference", reference), reference);
        grid.addRow(6, label("record.note", note), note);
        grid.addRow(7, label("record.file", file), new HBox(8, file, choose));
        grid.add(problems, 0, 8, 2, 1);
        dialog.getDialogPane().setContent(grid);
        return dialog.showAndWait().filter(b -> b == record).map(b -> form.entry());
    }

    private TextField text(String id, String key, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(messages.get(key));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private Label label(String key, javafx.scene.Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
