package org.appeal.ui.delivery;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.appeal.app.delivery.EmailDelivery;
import org.appeal.app.delivery.LetterAttachments;
import org.appeal.app.delivery.SmtpSettings;
import org.appeal.domain.Delivery;
import org.appeal.domain.Recipient;
import org.appeal.ui.common.Messages;

/** How the Delivery screen words what it shows: channels, statuses, results, the account, its headings and labels. */
final class DeliveryWords {
    private final Messages messages;
    private final DeliveryViewModel model;

    DeliveryWords(Messages messages, DeliveryViewModel model) {
        this.messages = messages;
        this.model = model;
    }

    String detail(Delivery d) {
        if (d == null) {
            return messages.get("delivery.detailHint");
        }
        return messages.get("delivery.detail", recipientName(d.recipientId()), channel(d.channel()),
                d.address().isBlank() ? "\u2013" : d.address(), d.by().isBlank() ? "\u2013" : d.by(),
                d.letterVersion() == null ? "\u2013" : String.valueOf(d.letterVersion()),
                d.pdfSha256().isBlank() ? "\u2013" : d.pdfSha256());
    }

    String accountText(SmtpSettings settings) {
        return settings == null ? messages.get("delivery.noAccount")
                : messages.get("delivery.accountLine", settings.fromAddress(), settings.host(),
                String.valueOf(settings.port()), settings.security().name());
    }

    String resultLine(EmailDelivery.Result r) {
        String mark = switch (r.outcome()) {
            case SENT -> "\u2713 ";
            case FAILED -> "\u2717 ";
            case NOT_SENT -> "\u2013 ";
        };
        return mark + r.recipient().name() + ": " + r.detail();
    }

    String missingLine(LetterAttachments.Missing m) {
        return "\u2013 " + m.recipient().name() + ": " + m.reason();
    }

    String recipientName(String id) {
        return model.recipients().stream().map(DeliveryViewModel.RecipientRow::recipient)
                .filter(r -> r.id().equals(id)).map(Recipient::name).findFirst().orElse(id);
    }

    String channel(Delivery.Channel c) {
        return messages.get("delivery.channel." + c.name());
    }

    String status(Delivery.Status s) {
        return messages.get("delivery.status." + s.name());
    }

    Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    Label label(String key, Node control) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(control);
        return label;
    }

    static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
