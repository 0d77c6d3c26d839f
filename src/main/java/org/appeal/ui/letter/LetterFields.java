package org.appeal.ui.letter;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.appeal.domain.Recipient;
import org.appeal.ui.common.DateField;
import org.appeal.ui.common.Messages;

import java.time.LocalDate;

/** The letter's fields above the body: subject, date, signatories as of, template, recipient in preview. */
final class LetterFields {
    private final LetterEditorViewModel model;
    private final Messages messages;

    LetterFields(LetterEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    GridPane build() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);

        model.entryProblems().clear();  // a view built anew (another language) starts from the model's readable values
        TextField subject = new TextField();
        subject.setId("subject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        DateField date = dateField("letterDate", "letter.date", model.dateProperty());
        DateField asOf = dateField("asOfDate", "letter.asOf", model.signatoriesAsOfProperty());
        ComboBox<String> template = new ComboBox<>(model.templates());
        template.setId("template");
        template.valueProperty().bindBidirectional(model.templateProperty());
        ComboBox<Recipient> recipient = new ComboBox<>(model.recipients());
        recipient.setId("recipient");
        recipient.setConverter(new RecipientNames(messages));
        recipient.valueProperty().bindBidirectional(model.recipientProperty());
        recipient.setMaxWidth(Double.MAX_VALUE);

        addRow(form, 0, "letter.subject", subject, subject);
        addRow(form, 1, "letter.date", date.control(), date.node());
        addRow(form, 2, "letter.asOf", asOf.control(), asOf.node());
        addRow(form, 3, "letter.template", template, template);
        addRow(form, 4, "letter.recipient", recipient, recipient);
        return form;
    }

    /**
     * A date the letter prints: what cannot be read as a day is said under the field and told to
     * the view-model, which then refuses to save or export, and the letter keeps its last readable day.
     */
    private DateField dateField(String id, String key, ObjectProperty<LocalDate> day) {
        DateField field = new DateField(id, messages, true);
        field.valueProperty().set(day.get());
        field.valueProperty().bindBidirectional(day);
        field.problemProperty().addListener((o, old, why) -> model.entryProblem(messages.get(key), why));
        return field;
    }

    private void addRow(GridPane form, int row, String key, Control field, Node shown) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        field.setAccessibleText(messages.get(key));
        form.add(label, 0, row);
        form.add(shown, 1, row);
    }
}
