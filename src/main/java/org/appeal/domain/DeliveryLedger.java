package org.appeal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where one letter stands with each recipient: who still has to get it, and what was sent to
 * whom. A recipient has the letter once one delivery of it is {@link Delivery.Status#SENT} or
 * {@link Delivery.Status#CONFIRMED}; a later failure (say, a second channel) does not undo that.
 */
public final class DeliveryLedger {
    /** A recipient's standing, from best to worst known outcome. */
    public enum State {
        /** Nothing recorded. */
        NOT_SENT,
        /** Only planned deliveries. */
        PLANNED,
        /** Attempts failed and none went through. */
        FAILED,
        SENT,
        /** The recipient confirmed receipt of at least one delivery. */
        CONFIRMED;

        public boolean delivered() {
            return this == SENT || this == CONFIRMED;
        }
    }

    /** One recipient and its deliveries of the letter, oldest first (planned ones, with no time, last). */
    public record Entry(Recipient recipient, List<Delivery> deliveries) {
        public Entry {
            Objects.requireNonNull(recipient, "recipient");
            deliveries = List.copyOf(deliveries);
        }

        public State state() {
            if (deliveries.stream().anyMatch(d -> d.status() == Delivery.Status.CONFIRMED)) {
                return State.CONFIRMED;
            }
            if (deliveries.stream().anyMatch(d -> d.status() == Delivery.Status.SENT)) {
                return State.SENT;
            }
            if (deliveries.stream().anyMatch(d -> d.status() == Delivery.Status.FAILED)) {
                return State.FAILED;
            }
            return deliveries.isEmpty() ? State.NOT_SENT : State.PLANNED;
        }

        public boolean stillToGet() {
            return !state().delivered();
        }

        /** The most recent delivery with a time, else a planned one. */
        public Optional<Delivery> latest() {
            return deliveries.stream().filter(d -> d.at() != null).reduce((a, b) -> b)
                    .or(() -> deliveries.stream().findFirst());
        }

        /**
         * Delivered, but only in versions before {@code currentVersion}: the recipient has an
         * earlier text. False when a delivered version is unknown (it may be the current one).
         */
        public boolean hasOnlyEarlierVersions(int currentVersion) {
            List<Delivery> delivered = deliveries.stream().filter(d -> d.status().delivered()).toList();
            return !delivered.isEmpty() && delivered.stream()
                    .allMatch(d -> d.letterVersion() != null && d.letterVersion() < currentVersion);
        }
    }

    private static final Comparator<Delivery> ORDER = Comparator
            .comparing(Delivery::at, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(Delivery::id);

    private final String letter;
    private final List<Entry> entries;
    private final List<Delivery> deliveries;

    private DeliveryLedger(String letter, List<Entry> entries, List<Delivery> deliveries) {
        this.letter = letter;
        this.entries = List.copyOf(entries);
        this.deliveries = List.copyOf(deliveries);
    }

    /**
     * @param recipients in the order the campaign lists them; the ledger keeps it
     * @param deliveries every delivery of the campaign; those of other letters are left out
     * @param letter     {@link CampaignData#MAIN_LETTER} or a further letter's name
     */
    public static DeliveryLedger of(List<Recipient> recipients, List<Delivery> deliveries, String letter) {
        Objects.requireNonNull(letter, "letter");
        List<Delivery> ofLetter = deliveries.stream().filter(d -> d.letter().equals(letter)).sorted(ORDER).toList();
        List<Entry> entries = new ArrayList<>();
        for (Recipient recipient : recipients) {
            entries.add(new Entry(recipient, ofLetter.stream()
                    .filter(d -> d.recipientId().equals(recipient.id())).toList()));
        }
        return new DeliveryLedger(letter, entries, ofLetter);
    }

    public String letter() {
        return letter;
    }

    /** Every recipient, in the campaign's order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The recipients that do not have the letter yet. */
    public List<Entry> stillToGet() {
        return entries.stream().filter(Entry::stillToGet).toList();
    }

    /** The letter's deliveries with one of these statuses (all of them when empty), oldest first. */
    public List<Delivery> deliveries(Set<Delivery.Status> statuses) {
        return statuses.isEmpty() ? deliveries
                : deliveries.stream().filter(d -> statuses.contains(d.status())).toList();
    }

    /** The letter's deliveries that sent exactly the PDF with this SHA-256: "was this file sent, to whom?" */
    public List<Delivery> sentFile(String sha256) {
        return deliveries.stream().filter(d -> d.sent(sha256)).toList();
    }
}
