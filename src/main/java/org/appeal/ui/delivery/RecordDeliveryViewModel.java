package org.appeal.ui.delivery;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.appeal.app.delivery.DeliveryRecords;
import org.appeal.domain.Delivery;
import org.appeal.domain.Recipient;
import org.appeal.ui.common.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The form that records a sending made outside Appeal: by fax, post, by hand or otherwise. It
 * starts at today and now, fills in the recipient's fax number or postal address as the channel
 * changes, and says in words what is missing before anything is written. No Node: tested without
 * the toolkit.
 */
public final class RecordDeliveryViewModel {
    /** What the record gets, checked. */
    public record Entry(Recipient recipient, Delivery.Channel channel, Delivery.Status status, Instant at,
                        String address, String reference, String note, Path file) {
    }

    /** The channels a sending outside Appeal goes by; e-mail goes through "Send by e-mail". */
    public static final List<Delivery.Channel> CHANNELS = List.of(Delivery.Channel.FAX, Delivery.Channel.POST,
            Delivery.Channel.BY_HAND, Delivery.Channel.OTHER);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final Clock clock;
    private final ObjectProperty<Recipient> recipient = new SimpleObjectProperty<>();
    private final ObjectProperty<Delivery.Channel> channel = new SimpleObjectProperty<>(Delivery.Channel.FAX);
    private final ObjectProperty<Delivery.Status> status = new SimpleObjectProperty<>(Delivery.Status.SENT);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();

    public RecordDeliveryViewModel(Recipient initial, Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        Instant now = clock.instant();
        date.set(LocalDate.ofInstant(now, clock.getZone()));
        time.set(LocalTime.ofInstant(now, clock.getZone()).format(TIME));
        recipient.addListener((o, a, b) -> fillAddress());
        channel.addListener((o, a, b) -> fillAddress());
        recipient.set(initial);
        fillAddress();
    }

    private void fillAddress() {
        Recipient r = recipient.get();
        address.set(r == null || channel.get() == null ? "" : DeliveryRecords.addressFor(r, channel.get()));
    }

    /** Why the form cannot be recorded yet, each in words for the user; empty when it can. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (recipient.get() == null) {
            problems.add(messages.get("record.problem.recipient"));
        }
        boolean planned = status.get() == Delivery.Status.PLANNED;
        if (!planned && date.get() == null) {
            problems.add(messages.get("record.problem.date"));
        }
        if (!time.get().isBlank() && parsedTime() == null) {
            problems.add(messages.get("record.problem.time", time.get().strip()));
        }
        if (!planned && file.get() == null) {
            problems.add(messages.get("record.problem.file"));
        } else if (file.get() != null && !Files.isRegularFile(file.get())) {
            problems.add(messages.get("record.problem.noFile", file.get()));
        }
        return problems;
    }

    /** The checked entry; throws with the problems joined if {@link #problems()} is not empty. */
    public Entry entry() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        Instant at = null;
        if (date.get() != null) {
            LocalTime t = time.get().isBlank() ? LocalTime.MIDNIGHT : Objects.requireNonNull(parsedTime());
            at = date.get().atTime(t).atZone(clock.getZone()).toInstant().truncatedTo(ChronoUnit.SECONDS);
        }
        return new Entry(recipient.get(), channel.get(), status.get(), at, address.get().strip(),
                reference.get().strip(), note.get().strip(), file.get());
    }

    private LocalTime parsedTime() {
        try {
            return LocalTime.parse(time.get().strip(), DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public ObjectProperty<Recipient> recipientProperty() { return recipient; }
    public ObjectProperty<Delivery.Channel> channelProperty() { return channel; }
    public ObjectProperty<Delivery.Status> statusProperty() { return status; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    /** The time of day, HH:mm, in this computer's time zone; blank means the start of the day. */
    public StringProperty timeProperty() { return time; }
    public StringProperty addressProperty() { return address; }
    public StringProperty referenceProperty() { return reference; }
    public StringProperty noteProperty() { return note; }
    /** The PDF that was sent: its SHA-256 goes into the record. */
    public ObjectProperty<Path> fileProperty() { return file; }
}
