package org.appeal.ui.delivery;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.app.delivery.EmailDelivery;
import org.appeal.app.delivery.LetterAttachments;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Delivery screen's right side: the mail account, the export folder, the e-mail to send
 * (subject, text, placeholders), Send with progress and Cancel, and a result per recipient.
 */
final class SendPane {
    private final DeliveryViewModel model;
    private final MailSettingsViewModel mail;
    private final DeliveryWords words;
    private final Messages messages;
    private final Window owner;
    private final DialogService dialogs;

    SendPane(DeliveryViewModel model, MailSettingsViewModel mail, DeliveryWords words, Messages messages, Window owner,
             DialogService dialogs) {
        this.model = model;
        this.mail = mail;
        this.words = words;
        this.messages = messages;
        this.owner = owner;
        this.dialogs = dialogs;
    }

    /** The pane itself, built once per screen. */
    Node build() {
        Label title = words.heading("delivery.sendTitle");
        Label account = new Label();
        account.setId("deliveryAccountLabel");
        account.setWrapText(true);
        account.setMinHeight(Region.USE_PREF_SIZE);
        account.setMaxWidth(Double.MAX_VALUE);
        account.textProperty().bind(Bindings.createStringBinding(() -> words.accountText(model.accountProperty().get()),
                model.accountProperty()));
        Button accountButton = new Button(messages.get("delivery.account"));
        accountButton.setId("deliveryAccount");
        accountButton.setOnAction(e -> new MailSettingsDialog(mail, messages, owner).show());

        TextField folder = new TextField();
        folder.setId("deliveryFolder");
        folder.setEditable(false);
        folder.setAccessibleText(messages.get("delivery.folder"));
        folder.textProperty().bind(model.exportFolderProperty().map(Path::toString).orElse(""));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button chooseFolder = new Button(messages.get("delivery.choose"));
        chooseFolder.setId("deliveryChooseFolder");
        chooseFolder.setOnAction(e -> dialogs.chooseFolder(messages.get("delivery.folder"))
                .ifPresent(model.exportFolderProperty()::set));

        TextField subject = new TextField();
        subject.setId("deliverySubject");
        subject.setAccessibleText(messages.get("delivery.subject"));
        subject.textProperty().bindBidirectional(model.subjectProperty());
        TextArea text = new TextArea();
        text.setId("deliveryText");
        text.setWrapText(true);
        text.setPrefRowCount(7);
        text.setMinHeight(110);
        VBox.setVgrow(text, Priority.ALWAYS);
        text.setAccessibleText(messages.get("delivery.text"));
        text.textProperty().bindBidirectional(model.textProperty());
        Label placeholders = new Label(messages.get("delivery.placeholders"));
        placeholders.getStyleClass().add("hint");
        placeholders.setWrapText(true);
        placeholders.setMinHeight(Region.USE_PREF_SIZE);
        placeholders.setMaxWidth(Double.MAX_VALUE);
        Button reset = new Button(messages.get("delivery.resetNote"));
        reset.setId("deliveryResetNote");
        reset.setOnAction(e -> model.resetCoverNote());

        Button send = new Button();
        send.setId("deliverySend");
        send.setDefaultButton(false);
        send.textProperty().bind(Bindings.createStringBinding(() -> messages.get("delivery.send", model.toSend().size()),
                model.recipients()));
        send.disableProperty().bind(model.sendingProperty()
                .or(model.accountProperty().isNull())
                .or(model.exportFolderProperty().isNull())
                .or(Bindings.createBooleanBinding(() -> model.toSend().isEmpty(), model.recipients())));
        send.setOnAction(e -> send());
        ProgressBar progress = new ProgressBar();
        progress.setId("deliveryProgress");
        progress.setAccessibleText(messages.get("task.send"));
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button(messages.get("delivery.cancel"));
        cancel.setId("deliveryCancel");
        cancel.disableProperty().bind(model.sendingProperty().not());
        cancel.setOnAction(e -> model.cancel());

        ListView<String> results = new ListView<>();
        results.setId("deliveryResults");
        results.setAccessibleText(messages.get("delivery.results"));
        Runnable showResults = () -> {
            List<String> lines = new ArrayList<>();
            model.results().forEach(r -> lines.add(words.resultLine(r)));
            model.missing().forEach(m -> lines.add(words.missingLine(m)));
            results.getItems().setAll(lines);
        };
        model.results().addListener((ListChangeListener<EmailDelivery.Result>) c -> showResults.run());
        model.missing().addListener((ListChangeListener<LetterAttachments.Missing>) c -> showResults.run());
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        results.setPrefHeight(130);
        results.setMinHeight(90);

        VBox pane = new VBox(8, title, account, accountButton, words.label("delivery.folder", folder), new HBox(8, folder, chooseFolder),
                words.label("delivery.subject", subject), subject, words.label("delivery.text", text), text, placeholders, reset,
                send, new HBox(8, progress, cancel), words.heading("delivery.results"), results);
        pane.setPadding(new Insets(10));
        pane.setFillWidth(true);
        return pane;
    }

    private void send() {
        if (model.needsPassword()) {
            new PasswordDialog(messages, owner).ask(model.accountProperty().get().account()).ifPresent(model::send);
        } else {
            model.send(null);
        }
    }
}
