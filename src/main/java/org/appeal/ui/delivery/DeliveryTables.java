package org.appeal.ui.delivery;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.appeal.domain.Delivery;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.ShownDates;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** The Delivery screen's two tables: where the letter stands with each recipient, and every delivery. */
final class DeliveryTables {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DeliveryTables() {
    }

    /** One line per recipient: standing, the newest delivery, and why no e-mail can go to it (also as a tooltip). */
    static TableView<DeliveryViewModel.RecipientRow> recipients(DeliveryViewModel model, DeliveryWords words,
                                                                Messages messages, ZoneId zone) {
        TableView<DeliveryViewModel.RecipientRow> recipients = new TableView<>(model.recipients());
        recipients.setId("deliveryRecipients");
        recipients.setAccessibleText(messages.get("delivery.recipients"));
        recipients.setPlaceholder(new Label(messages.get("delivery.noRecipients")));
        recipients.getColumns().add(column(messages.get("delivery.col.recipient"), r -> r.recipient().name(), 130));
        recipients.getColumns().add(column(messages.get("delivery.col.standing"),
                r -> messages.get("delivery.state." + r.state().name())
                        + (r.earlierVersionOnly() ? " " + messages.get("delivery.earlierVersion") : ""), 80));
        recipients.getColumns().add(column(messages.get("delivery.col.channel"),
                r -> r.latest() == null ? "" : words.channel(r.latest().channel()), 72));
        recipients.getColumns().add(column(messages.get("delivery.col.date"),
                r -> r.latest() == null || r.latest().at() == null ? "" : when(r.latest().at(), zone, messages), 135));
        recipients.getColumns().add(column(messages.get("delivery.col.reference"),
                r -> r.latest() == null ? "" : r.latest().reference(), 105));
        recipients.getColumns().add(wrapping(column(messages.get("delivery.col.noEmail"),
                DeliveryViewModel.RecipientRow::emailProblem, 220)));
        recipients.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        recipients.setPrefHeight(175);
        recipients.setMinHeight(120);
        recipients.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DeliveryViewModel.RecipientRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(row == null || empty || row.emailable() ? null : new Tooltip(row.emailProblem()));
            }
        });
        return recipients;
    }

    /** The letter's deliveries as the status filter lets them through. */
    static TableView<Delivery> deliveries(DeliveryViewModel model, DeliveryWords words, Messages messages, ZoneId zone) {
        TableView<Delivery> deliveries = new TableView<>(model.deliveries());
        deliveries.setId("deliveryList");
        deliveries.setAccessibleText(messages.get("delivery.deliveries"));
        deliveries.setPlaceholder(new Label(messages.get("delivery.noDeliveries")));
        deliveries.getColumns().add(column(messages.get("delivery.col.recipient"), d -> words.recipientName(d.recipientId()), 120));
        deliveries.getColumns().add(column(messages.get("delivery.col.channel"), d -> words.channel(d.channel()), 72));
        deliveries.getColumns().add(column(messages.get("delivery.col.status"), d -> words.status(d.status()), 80));
        deliveries.getColumns().add(column(messages.get("delivery.col.date"),
                d -> d.at() == null ? "" : when(d.at(), zone, messages), 135));
        deliveries.getColumns().add(column(messages.get("delivery.col.reference"), Delivery::reference, 105));
        deliveries.getColumns().add(wrapping(column(messages.get("delivery.col.note"), Delivery::note, 220)));
        deliveries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(deliveries, Priority.ALWAYS);
        return deliveries;
    }

    /** The day the interface's way, then the time: "2025년 10월 31일 14:05". */
    static String when(Instant at, ZoneId zone, Messages messages) {
        ZonedDateTime local = at.atZone(zone);
        return ShownDates.day(local.toLocalDate(), messages) + " " + TIME.format(local);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setMinWidth(Math.min(width, 125));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Long words (a server's refusal, why an address is not one) wrap in their cell instead of ending in "...". */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

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
}
