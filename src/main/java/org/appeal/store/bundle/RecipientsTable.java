package org.appeal.store.bundle;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.appeal.domain.Recipient;
import org.appeal.domain.RecipientText;

/**
 * {@code recipients.csv}: one row per recipient; {@code address} holds one address line per text
 * line. The {@code alt_} columns give the printed fields in their second script (Hangul beside the
 * romanised form, or the reverse); they are written only when some recipient has one, so a list
 * without them keeps the bytes it had before the columns existed.
 */
final class RecipientsTable implements BundleTable<Recipient> {
    private static final List<String> ALT = List.of("alt_form_of_address", "alt_name", "alt_title", "alt_office",
            "alt_address");

    @Override
    public String fileName() {
        return "recipients.csv";
    }

    @Override
    public List<String> columns() {
        return java.util.stream.Stream.concat(Stream.of("id", "role", "position", "form_of_address", "name", "title",
                "office", "address", "fax", "email"), ALT.stream()).toList();
    }

    @Override
    public List<String> writtenColumns(List<Recipient> values) {
        if (values.stream().anyMatch(r -> !r.alt().isEmpty())) {
            return columns();
        }
        return columns().stream().filter(c -> !ALT.contains(c)).toList();
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("id", "role", "name");
    }

    @Override
    public Recipient read(CsvRow row) {
        String id = row.requiredText("id");
        Recipient.Role role = row.choice("role", Recipient.Role.class, true);
        Integer position = row.integer("position", false);
        String name = row.requiredText("name");
        if (!row.isValid()) {
            return null;
        }
        return new Recipient(id, role, position == null ? row.order() : position, row.text("form_of_address"),
                name, row.text("title"), row.text("office"), Cells.splitLines(row.text("address")),
                row.text("fax"), row.text("email"), new RecipientText(row.text("alt_form_of_address"),
                row.text("alt_name"), row.text("alt_title"), row.text("alt_office"),
                Cells.splitLines(row.text("alt_address"))));
    }

    @Override
    public List<String> cells(Recipient r) {
        return List.of(Cells.text(r.id()), r.role().name(), Cells.number(r.position()),
                Cells.text(r.formOfAddress()), Cells.text(r.name()), Cells.text(r.title()), Cells.text(r.office()),
                Cells.lines(r.addressLines()), Cells.text(r.fax()), Cells.text(r.email()),
                Cells.text(r.alt().formOfAddress()), Cells.text(r.alt().name()), Cells.text(r.alt().title()),
                Cells.text(r.alt().office()), Cells.lines(r.alt().addressLines()));
    }

    @Override
    public Comparator<Recipient> canonicalOrder() {
        return Comparator.comparingInt(Recipient::position).thenComparing(Recipient::id);
    }
}
