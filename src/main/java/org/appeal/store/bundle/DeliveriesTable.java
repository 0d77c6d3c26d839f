package org.appeal.store.bundle;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;

/**
 * {@code deliveries.csv}: the record of what was sent to whom, one row per delivery. Whether
 * {@code recipient_id} and {@code letter} name a recipient and a letter of the bundle is checked by
 * the reader, which has the other files.
 */
final class DeliveriesTable implements BundleTable<DeliveriesTable.Entry> {
    /** A row's delivery and its line, where a recipient or letter it names that is not there is reported. */
    record Entry(Delivery delivery, long line) {
    }

    @Override
    public String fileName() {
        return "deliveries.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "recipient_id", "letter", "letter_version", "channel", "status", "at", "by", "address",
                "reference", "note", "pdf_sha256");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("id", "recipient_id", "channel", "status");
    }

    @Override
    public Entry read(CsvRow row) {
        String id = row.requiredText("id");
        String recipientId = row.requiredText("recipient_id");
        String letter = row.text("letter").strip();
        Integer version = row.integer("letter_version", false);
        if (version != null && version < 1) {
            row.problem("letter_version", "a letter version counts from 1, not " + version);
        }
        Delivery.Channel channel = row.choice("channel", Delivery.Channel.class, true);
        Delivery.Status status = row.choice("status", Delivery.Status.class, true);
        Instant at = instant(row, "at");
        if (!row.isValid()) {
            return null;
        }
        try {
            return new Entry(new Delivery(id, recipientId, letter.isEmpty() ? CampaignData.MAIN_LETTER : letter,
                    version, channel, status, at, row.text("by"), row.text("address"), row.text("reference"),
                    row.text("note"), row.text("pdf_sha256")), row.line());
        } catch (IllegalArgumentException e) {
            return row.problem("", e.getMessage());
        }
    }

    private static Instant instant(CsvRow row, String column) {
        String value = row.text(column).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return row.problem(column, "not a time in the form yyyy-MM-ddTHH:mm:ssZ (UTC): '" + value + "'");
        }
    }

    @Override
    public List<String> cells(Entry entry) {
        Delivery d = entry.delivery();
        return List.of(Cells.text(d.id()), Cells.text(d.recipientId()), Cells.text(d.letter()),
                Cells.number(d.letterVersion()), d.channel().name(), d.status().name(),
                d.at() == null ? "" : d.at().toString(), Cells.text(d.by()), Cells.text(d.address()),
                Cells.text(d.reference()), Cells.text(d.note()), d.pdfSha256());
    }

    @Override
    public Comparator<Entry> canonicalOrder() {
        return Comparator.comparing((Entry e) -> e.delivery().at(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.delivery().id());
    }
}
