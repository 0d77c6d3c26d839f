package org.appeal.ui.recipients;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.appeal.domain.Recipient;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

import java.util.List;
import java.util.Optional;

/**
 * Adds or edits a recipient. A missing name blocks OK; an odd e-mail or fax is marked with a
 * warning but saved exactly as typed (the seed letter's own "president.go.kr" must survive).
 */
public final class RecipientDialog {
    private final Messages messages;
    private final Window owner;

    public RecipientDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    public Optional<RecipientForm> show(RecipientForm form) {
        Dialog<RecipientForm> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("recipient.dialogTitle"));
        dialog.setHeaderText(form.name().isBlank() ? messages.get("recipient.new") : form.name());
        dialog.getDialogPane().setId("recipient-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());

        ChoiceBox<Recipient.Role> role = new ChoiceBox<>();
        role.getItems().setAll(Recipient.Role.values());
        role.setValue(form.role());
        role.setId("recipientRole");
        TextField formOfAddress = field("recipientFormOfAddress", form.formOfAddress());
        TextField name = field("recipientName", form.name());
        TextField title = field("recipientTitle", form.title());
        TextField office = field("recipientOffice", form.office());
        TextArea address = new TextArea(form.address());
        address.setId("recipientAddress");
        address.setPrefRowCount(3);
        TextField fax = field("recipientFax", form.fax());
        TextField email = field("recipientEmail", form.email());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(360);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), wide);
        row(grid, 0, "recipient.role", role);
        row(grid, 1, "recipient.name", name);
        row(grid, 2, "recipient.formOfAddress", formOfAddress);
        row(grid, 3, "recipient.title", title);
        row(grid, 4, "recipient.office", office);
        row(grid, 5, "recipient.address", address);
        row(grid, 6, "recipient.fax", fax);
        row(grid, 7, "recipient.email", email);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().add(RecipientDialog.class.getResource("/org/appeal/ui/appeal.css").toExternalForm());

        ValidationSupport validation = validate(name, email, fax);
        // Values loaded into the form are checked too, not only what is typed afterwards.
        dialog.setOnShown(e -> validation.revalidate());

        // The same findings in words under the fields: a tooltip is easy to miss.
        Label findings = new Label();
        findings.setId("recipientFindings");
        findings.setWrapText(true);
        findings.getStyleClass().add("findings");
        findings.setMinHeight(54);  // room for three findings, so the dialog does not jump while typing
        Runnable explain = () -> findings.setText(current(form, role, formOfAddress, name, title, office, address,
                fax.getText(), email.getText()).check().stream()
                .map(f -> messages.get("recipient." + f.field()) + ": " + messages.get(f.messageKey()))
                .collect(java.util.stream.Collectors.joining("\n")));
        List.of(name.textProperty(), email.textProperty(), fax.textProperty()).forEach(p -> p.addListener((o, a, b) -> explain.run()));
        explain.run();
        grid.add(findings, 0, 8, 2, 1);
        Node ok = dialog.getDialogPane().lookupButton(buttons.ok());
        ok.setId("recipientOk");
        ok.disableProperty().bind(name.textProperty().map(String::isBlank));

        dialog.setResultConverter(button -> button == buttons.ok()
                ? current(form, role, formOfAddress, name, title, office, address, fax.getText(), email.getText())
                : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    private ValidationSupport validate(TextField name, TextField email, TextField fax) {
        ValidationSupport validation = new ValidationSupport();
        // ControlsFX's default decoration wraps the scene's root, which breaks a Dialog's own root
        // (controlsfx#730); style classes plus tooltips decorate the fields in place.
        validation.setValidationDecorator(new StyleClassValidationDecoration("invalid-field", "odd-field"));
        validation.registerValidator(name, Validator.createEmptyValidator(messages.get("recipient.nameRequired")));
        validation.registerValidator(email, false, (Control c, String value) -> ValidationResult.fromMessageIf(c,
                messages.get("recipient.emailOdd"), Severity.WARNING, RecipientForm.emailLooksOdd(value)));
        validation.registerValidator(fax, false, (Control c, String value) -> ValidationResult.fromMessageIf(c,
                messages.get("recipient.faxOdd"), Severity.WARNING, RecipientForm.faxLooksOdd(value)));
        return validation;
    }

    private static RecipientForm current(RecipientForm form, ChoiceBox<Recipient.Role> role, TextField formOfAddress,
                                         TextField name, TextField title, TextField office, TextArea address,
                                         String fax, String email) {
        return new RecipientForm(form.id(), role.getValue(), form.position(), formOfAddress.getText(), name.getText(),
                title.getText(), office.getText(), address.getText(), fax, email);
    }

    private TextField field(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        return field;
    }

    private void row(GridPane grid, int row, String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        control.setAccessibleText(messages.get(key));
        grid.add(label, 0, row);
        grid.add(control, 1, row);
    }
}
