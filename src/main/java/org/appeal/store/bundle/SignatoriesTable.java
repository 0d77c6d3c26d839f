package org.appeal.store.bundle;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.appeal.domain.Signatory;

/** {@code signatories.csv}: the whole sign-on list, withdrawn signatories included. */
final class SignatoriesTable implements BundleTable<Signatory> {
    @Override
    public String fileName() {
        return "signatories.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "kind", "position", "name", "acronym", "title", "country", "signed_on", "withdrawn_on");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("id", "kind", "name");
    }

    @Override
    public Signatory read(CsvRow row) {
        String id = row.requiredText("id");
        Signatory.Kind kind = row.choice("kind", Signatory.Kind.class, true);
        Integer position = row.integer("position", false);
        String name = row.requiredText("name");
        LocalDate signedOn = row.date("signed_on");
        LocalDate withdrawnOn = row.date("withdrawn_on");
        if (!row.isValid()) {
            return null;
        }
        return new Signatory(id, kind, position == null ? row.order() : position, name, row.text("acronym"),
                row.text("title"), row.text("country"), signedOn, withdrawnOn);
    }

    @Override
    public List<String> cells(Signatory s) {
        return List.of(Cells.text(s.id()), s.kind().name(), Cells.number(s.position()), Cells.text(s.name()),
                Cells.text(s.acronym()), Cells.text(s.title()), Cells.text(s.country()), Cells.date(s.signedOn()),
                Cells.date(s.withdrawnOn()));
    }

    @Override
    public Comparator<Signatory> canonicalOrder() {
        return Comparator.comparingInt(Signatory::position).thenComparing(Signatory::id);
    }
}
