package org.appeal.ui.delivery;

import javafx.collections.FXCollections;
import org.appeal.ui.common.ChoiceLabels;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.appeal.app.delivery.SmtpSecurity;
import org.appeal.ui.common.Messages;

/**
 * The mail account: server, port, security, login, sender, and whether to keep the password. Save
 * writes {@code mail.properties} (never the password) and stays open, saying why, when the form
 * is not usable; "Test the connection" logs in and sends nothing.
 */
final class MailSettingsDialog {
    private final MailSettingsViewModel model;
    private final Messages messages;
    private final Window owner;

    MailSettingsDialog(MailSettingsViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
    }

    void show() {
        ActionDialog frame = ActionDialog.of(messages, owner, "mail", "save", "mail-settings-dialog");
        Dialog<ButtonType> dialog = frame.dialog();
        ButtonType save = frame.action();
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("mailSave");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.save()) {
                e.consume();
            }
        });

        TextField host = field("mailHost", "mail.host", model.hostProperty());
        host.setPromptText("smtp.example.org");
        TextField port = field("mailPort", "mail.port", model.portProperty());
        port.setPrefColumnCount(6);
        port.setMaxWidth(110);
        ChoiceBox<SmtpSecurity> security = new ChoiceBox<>(FXCollections.observableArrayList(SmtpSecurity.values()));
        security.setId("mailSecurity");
        security.setAccessibleText(messages.get("mail.security"));
        security.setConverter(ChoiceLabels.of(security.getItems(), value -> messages.get("mail.security." + value.name())));
        security.valueProperty().bindBidirectional(model.securityProperty());
        TextField user = field("mailUser", "mail.user", model.userProperty());
        TextField from = field("mailFrom", "mail.from", model.fromAddressProperty());
        from.setPromptText("coalition@example.org");
        TextField fromName = field("mailFromName", "mail.fromName", model.fromNameProperty());
        CheckBox store = new CheckBox(messages.get("mail.store"));
        store.setId("mailStorePassword");
        store.selectedProperty().bindBidirectional(model.storePasswordProperty());
        Label storeHint = new Label(messages.get("mail.storeHint"));
        storeHint.setWrapText(true);
        storeHint.getStyleClass().add("hint");
        Button test = new Button(messages.get("mail.test"));
        test.setId("mailTest");
        test.disableProperty().bind(model.testingProperty());
        test.setOnAction(e -> {
            if (model.needsPassword()) {
                new PasswordDialog(messages, owner).ask(model.accountName()).ifPresent(model::testConnection);
            } else {
                model.testConnection(null);
            }
        });
        Label message = new Label();
        message.setId("mailMessage");
        message.setWrapText(true);
        message.setMaxWidth(460);
        message.textProperty().bind(model.messageProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(320);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), wide);
        grid.addRow(0, label("mail.host", host), host);
        grid.addRow(1, label("mail.security", security), security);
        grid.addRow(2, label("mail.port", port), port);
        grid.addRow(3, label("mail.user", user), user);
        grid.addRow(4, label("mail.from", from), from);
        grid.addRow(5, label("mail.fromName", fromName), fromName);
        grid.add(store, 1, 6);
        grid.add(storeHint, 1, 7);
        grid.add(test, 1, 8);
        grid.add(message, 0, 9, 2, 1);
        dialog.getDialogPane().setContent(grid);
        if (dialog.showAndWait().filter(b -> b == save).isEmpty()) {
            model.revert();
        }
    }

    private TextField field(String id, String key, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(messages.get(key));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private Label label(String key, javafx.scene.Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        return label;
    }
}
