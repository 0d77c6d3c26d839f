package org.appeal.ui.delivery;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.appeal.app.delivery.EmailDelivery;
import org.appeal.app.delivery.LetterAttachments;
import org.appeal.app.delivery.SmtpSettings;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.domain.Recipient;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Delivery screen: where the letter stands with each recipient and why an e-mail cannot go
 * to some, every delivery filtered by status, and on the right the e-mail to send with progress,
 * Cancel and a result per recipient. Recording a fax, post or hand delivery and changing a
 * delivery's status open forms of their own.
 */
public final class DeliveryView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DeliveryViewModel model;
    private final MailSettingsViewModel mail;
    private final Messages messages;
    private final Window owner;
    private final DialogService dialogs;
    private final SplitPane root;
    private final TableView<DeliveryViewModel.RecipientRow> recipients;

    public DeliveryView(DeliveryViewModel model, MailSettingsViewModel mail, Messages messages, Window owner,
                        DialogService dialogs, java.time.Clock clock) {
        this.model = model;
        this.mail = mail;
        this.messages = messages;
        this.owner = owner;
        this.dialogs = dialogs;
        ZoneId zone = clock.getZone();

        ComboBox<String> letter = new ComboBox<>(FXCollections.observableArrayList(model.letters()));
        letter.setId("deliveryLetter");
        letter.setAccessibleText(messages.get("delivery.letter"));
        letter.valueProperty().bindBidirectional(model.letterProperty());
        letter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : CampaignData.MAIN_LETTER.equals(name) ? messages.get("delivery.mainLetter") : name;
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        });
        Label letterLabel = label("delivery.letter", letter);

        recipients = new TableView<>(model.recipients());
        recipients.setId("deliveryRecipients");
        recipients.setAccessibleText(messages.get("delivery.recipients"));
        recipients.getColumns().add(column(messages.get("delivery.col.recipient"), r -> r.recipient().name(), 130));
        recipients.getColumns().add(column(messages.get("delivery.col.standing"),
                r -> messages.get("delivery.state." + r.state().name())
                        + (r.earlierVersionOnly() ? " " + messages.get("delivery.earlierVersion") : ""), 80));
        recipients.getColumns().add(column(messages.get("delivery.col.channel"),
                r -> r.latest() == null ? "" : channel(r.latest().channel()), 72));
        recipients.getColumns().add(column(messages.get("delivery.col.date"),
                r -> r.latest() == null || r.latest().at() == null ? "" : WHEN.format(r.latest().at().atZone(zone)), 135));
        recipients.getColumns().add(column(messages.get("delivery.col.reference"),
                r -> r.latest() == null ? "" : r.latest().reference(), 105));
        recipients.getColumns().add(wrapping(column(messages.get("delivery.col.noEmail"),
                DeliveryViewModel.RecipientRow::emailProblem, 220)));
        recipients.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        recipients.setPrefHeight(175);
        recipients.setMinHeight(120);
        recipients.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(DeliveryViewModel.RecipientRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(row == null || empty || row.emailable() ? null : new Tooltip(row.emailProblem()));
            }
        });

        Button record = new Button(messages.get("delivery.record"));
        record.setId("deliveryRecord");
        record.setOnAction(e -> recordOutside(clock));

        ComboBox<Optional<Delivery.Status>> filter = new ComboBox<>(FXCollections.observableArrayList(Optional.empty(),
                Optional.of(Delivery.Status.PLANNED), Optional.of(Delivery.Status.SENT),
                Optional.of(Delivery.Status.CONFIRMED), Optional.of(Delivery.Status.FAILED)));
        filter.setId("deliveryFilter");
        filter.setAccessibleText(messages.get("delivery.filter"));
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Delivery.Status> s) {
                return s == null ? "" : s.map(DeliveryView.this::status).orElse(messages.get("delivery.filter.all"));
            }

            @Override
            public Optional<Delivery.Status> fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        });
        filter.setValue(Optional.empty());
        filter.valueProperty().addListener((o, a, chosen) -> {
            model.statusFilter().clear();
            if (chosen != null) {
                chosen.ifPresent(model.statusFilter()::add);
            }
        });

        TableView<Delivery> deliveries = new TableView<>(model.deliveries());
        deliveries.setId("deliveryList");
        deliveries.setAccessibleText(messages.get("delivery.deliveries"));
        deliveries.getColumns().add(column(messages.get("delivery.col.recipient"), d -> recipientName(d.recipientId()), 120));
        deliveries.getColumns().add(column(messages.get("delivery.col.channel"), d -> channel(d.channel()), 72));
        deliveries.getColumns().add(column(messages.get("delivery.col.status"), d -> status(d.status()), 80));
        deliveries.getColumns().add(column(messages.get("delivery.col.date"),
                d -> d.at() == null ? "" : WHEN.format(d.at().atZone(zone)), 135));
        deliveries.getColumns().add(column(messages.get("delivery.col.reference"), Delivery::reference, 105));
        deliveries.getColumns().add(wrapping(column(messages.get("delivery.col.note"), Delivery::note, 220)));
        deliveries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(deliveries, Priority.ALWAYS);

        // The selected delivery in full: the address, who sent it and the whole SHA-256 do not fit a table row.
        Label detail = new Label();
        detail.setId("deliveryDetail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.textProperty().bind(Bindings.createStringBinding(() -> detail(deliveries.getSelectionModel().getSelectedItem()),
                deliveries.getSelectionModel().selectedItemProperty()));

        Button changeStatus = new Button(messages.get("delivery.changeStatus"));
        changeStatus.setId("deliveryChangeStatus");
        changeStatus.disableProperty().bind(deliveries.getSelectionModel().selectedItemProperty().isNull());
        changeStatus.setOnAction(e -> {
            Delivery chosen = deliveries.getSelectionModel().getSelectedItem();
            new ChangeStatusDialog(messages, owner).ask(chosen, recipientName(chosen.recipientId()))
                    .ifPresent(change -> model.changeStatus(chosen, change.status(), change.note()));
        });

        Label recipientsTitle = heading("delivery.recipients");
        Label deliveriesTitle = heading("delivery.deliveries");
        HBox top = new HBox(8, letterLabel, letter);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox recipientButtons = new HBox(8, record);
        HBox filterBar = new HBox(8, deliveriesTitle, spacer(), label("delivery.filter", filter), filter, changeStatus);
        filterBar.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, top, recipientsTitle, recipients, recipientButtons, filterBar, deliveries, detail);
        left.setPadding(new Insets(10));

        root = new SplitPane(left, sendPane());
        root.setDividerPositions(0.66);
        root.setId("delivery-screen");
    }

    private Node sendPane() {
        Label title = heading("delivery.sendTitle");
        Label account = new Label();
        account.setId("deliveryAccountLabel");
        account.setWrapText(true);
        account.setMinHeight(Region.USE_PREF_SIZE);
        account.setMaxWidth(Double.MAX_VALUE);
        account.textProperty().bind(Bindings.createStringBinding(() -> accountText(model.accountProperty().get()),
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
            java.util.List<String> lines = new java.util.ArrayList<>();
            model.results().forEach(r -> lines.add(resultLine(r)));
            model.missing().forEach(m -> lines.add(missingLine(m)));
            results.getItems().setAll(lines);
        };
        model.results().addListener((javafx.collections.ListChangeListener<EmailDelivery.Result>) c -> showResults.run());
        model.missing().addListener((javafx.collections.ListChangeListener<LetterAttachments.Missing>) c -> showResults.run());
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

        VBox pane = new VBox(8, title, account, accountButton, label("delivery.folder", folder), new HBox(8, folder, chooseFolder),
                label("delivery.subject", subject), subject, label("delivery.text", text), text, placeholders, reset,
                send, new HBox(8, progress, cancel), heading("delivery.results"), results);
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

    private void recordOutside(java.time.Clock clock) {
        DeliveryViewModel.RecipientRow row = recipients.getSelectionModel().getSelectedItem();
        RecordDeliveryViewModel form = new RecordDeliveryViewModel(row == null ? null : row.recipient(), messages, clock);
        new RecordDeliveryDialog(form, model.recipients().stream().map(DeliveryViewModel.RecipientRow::recipient).toList(),
                messages, owner, dialogs).ask().ifPresent(model::record);
    }

    private String detail(Delivery d) {
        if (d == null) {
            return messages.get("delivery.detailHint");
        }
        return messages.get("delivery.detail", recipientName(d.recipientId()), channel(d.channel()),
                d.address().isBlank() ? "\u2013" : d.address(), d.by().isBlank() ? "\u2013" : d.by(),
                d.letterVersion() == null ? "\u2013" : String.valueOf(d.letterVersion()),
                d.pdfSha256().isBlank() ? "\u2013" : d.pdfSha256());
    }

    /** Long words (a server's refusal, why an address is not one) wrap in their cell instead of ending in "...". */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(10));
                text.getStyleClass().add("text");
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                text.setText(empty || value == null ? "" : value);
                setGraphic(empty ? null : text);
                setText(null);
            }
        });
        return column;
    }

    private String accountText(SmtpSettings settings) {
        return settings == null ? messages.get("delivery.noAccount")
                : messages.get("delivery.accountLine", settings.fromAddress(), settings.host(),
                String.valueOf(settings.port()), settings.security().name());
    }

    private String resultLine(EmailDelivery.Result r) {
        String mark = switch (r.outcome()) {
            case SENT -> "\u2713 ";
            case FAILED -> "\u2717 ";
            case NOT_SENT -> "\u2013 ";
        };
        return mark + r.recipient().name() + ": " + r.detail();
    }

    private String missingLine(LetterAttachments.Missing m) {
        return "\u2013 " + m.recipient().name() + ": " + m.reason();
    }

    private String recipientName(String id) {
        return model.recipients().stream().map(DeliveryViewModel.RecipientRow::recipient)
                .filter(r -> r.id().equals(id)).map(Recipient::name).findFirst().orElse(id);
    }

    private String channel(Delivery.Channel c) {
        return messages.get("delivery.channel." + c.name());
    }

    private String status(Delivery.Status s) {
        return messages.get("delivery.status." + s.name());
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    private Label label(String key, Node control) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(control);
        return label;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setMinWidth(Math.min(width, 125));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public Node node() {
        return root;
    }
}
