package org.appeal.store.bundle;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.appeal.domain.Recipient;

/** {@code recipients.csv}: one row per recipient; {@code address} holds one address line per text line. */
final class RecipientsTable implements BundleTable<Recipient> {
    @Override
    public String fileName() {
        return "recipients.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "role", "position", "form_of_address", "name", "title", "office", "address",
                "fax", "email");
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
                row.text("fax"), row.text("email"));
    }

    @Override
    public List<String> cells(Recipient r) {
        return List.of(Cells.text(r.id()), r.role().name(), Cells.number(r.position()),
                Cells.text(r.formOfAddress()), Cells.text(r.name()), Cells.text(r.title()), Cells.text(r.office()),
                Cells.lines(r.addressLines()), Cells.text(r.fax()), Cells.text(r.email()));
    }

    @Override
    public Comparator<Recipient> canonicalOrder() {
        return Comparator.comparingInt(Recipient::position).thenComparing(Recipient::id);
    }
}
