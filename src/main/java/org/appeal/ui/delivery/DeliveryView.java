package org.appeal.ui.delivery;

import javafx.beans.binding.Bindings;
import org.appeal.ui.common.ChoiceLabels;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;

import java.time.ZoneId;
import java.util.Optional;


/**
 * The Delivery screen: where the letter stands with each recipient and why an e-mail cannot go
 * to some, every delivery filtered by status, and on the right the e-mail to send with progress,
 * Cancel and a result per recipient. Recording a fax, post or hand delivery and changing a
 * delivery's status open forms of their own.
 */
public final class DeliveryView {
    private final DeliveryViewModel model;
    private final Messages messages;
    private final Window owner;
    private final DialogService dialogs;
    private final DeliveryWords words;
    private final SplitPane root;
    private final TableView<DeliveryViewModel.RecipientRow> recipients;

    public DeliveryView(DeliveryViewModel model, MailSettingsViewModel mail, Messages messages, Window owner,
                        DialogService dialogs, java.time.Clock clock) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
        this.dialogs = dialogs;
        this.words = new DeliveryWords(messages, model);
        ZoneId zone = clock.getZone();

        ComboBox<String> letter = new ComboBox<>(FXCollections.observableArrayList(model.letters()));
        letter.setId("deliveryLetter");
        letter.setAccessibleText(messages.get("delivery.letter"));
        letter.valueProperty().bindBidirectional(model.letterProperty());
        letter.setConverter(ChoiceLabels.of(letter.getItems(),
                name -> CampaignData.MAIN_LETTER.equals(name) ? messages.get("delivery.mainLetter") : name));
        Label letterLabel = words.label("delivery.letter", letter);

        recipients = DeliveryTables.recipients(model, words, messages, zone);

        Button record = new Button(messages.get("delivery.record"));
        record.setId("deliveryRecord");
        record.setOnAction(e -> recordOutside(clock));

        ComboBox<Optional<Delivery.Status>> filter = new ComboBox<>(FXCollections.observableArrayList(Optional.empty(),
                Optional.of(Delivery.Status.PLANNED), Optional.of(Delivery.Status.SENT),
                Optional.of(Delivery.Status.CONFIRMED), Optional.of(Delivery.Status.FAILED)));
        filter.setId("deliveryFilter");
        filter.setAccessibleText(messages.get("delivery.filter"));
        filter.setConverter(ChoiceLabels.of(filter.getItems(),
                s -> s.map(words::status).orElse(messages.get("delivery.filter.all"))));
        filter.setValue(Optional.empty());
        filter.valueProperty().addListener((o, a, chosen) -> {
            model.statusFilter().clear();
            if (chosen != null) {
                chosen.ifPresent(model.statusFilter()::add);
            }
        });

        TableView<Delivery> deliveries = DeliveryTables.deliveries(model, words, messages, zone);

        // The selected delivery in full: the address, who sent it and the whole SHA-256 do not fit a table row.
        Label detail = new Label();
        detail.setId("deliveryDetail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.textProperty().bind(Bindings.createStringBinding(() -> words.detail(deliveries.getSelectionModel().getSelectedItem()),
                deliveries.getSelectionModel().selectedItemProperty()));

        Button changeStatus = new Button(messages.get("delivery.changeStatus"));
        changeStatus.setId("deliveryChangeStatus");
        changeStatus.disableProperty().bind(deliveries.getSelectionModel().selectedItemProperty().isNull());
        changeStatus.setOnAction(e -> {
            Delivery chosen = deliveries.getSelectionModel().getSelectedItem();
            new ChangeStatusDialog(messages, owner).ask(chosen, words.recipientName(chosen.recipientId()))
                    .ifPresent(change -> model.changeStatus(chosen, change.status(), change.note()));
        });

        Label recipientsTitle = words.heading("delivery.recipients");
        Label deliveriesTitle = words.heading("delivery.deliveries");
        HBox top = new HBox(8, letterLabel, letter);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox recipientButtons = new HBox(8, record);
        HBox filterBar = new HBox(8, deliveriesTitle, DeliveryWords.spacer(), words.label("delivery.filter", filter), filter, changeStatus);
        filterBar.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, top, recipientsTitle, recipients, recipientButtons, filterBar, deliveries, detail);
        left.setPadding(new Insets(10));

        root = new SplitPane(left, new SendPane(model, mail, words, messages, owner, dialogs).build());
        root.setDividerPositions(0.66);
        root.setId("delivery-screen");
    }

    private void recordOutside(java.time.Clock clock) {
        DeliveryViewModel.RecipientRow row = recipients.getSelectionModel().getSelectedItem();
        RecordDeliveryViewModel form = new RecordDeliveryViewModel(row == null ? null : row.recipient(), messages, clock);
        new RecordDeliveryDialog(form, model.recipients().stream().map(DeliveryViewModel.RecipientRow::recipient).toList(),
                messages, owner, dialogs).ask().ifPresent(model::record);
    }

    public Node node() {
        return root;
    }
}
