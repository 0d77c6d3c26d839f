package org.appeal.store.bundle;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.appeal.domain.Signatory;

/**
 * {@code signatories.csv}: the whole sign-on list, withdrawn signatories included. The optional
 * {@code signature_image} column is written only when some signatory has an image, so a list
 * without images keeps the bytes it had before the column existed.
 */
final class SignatoriesTable implements BundleTable<Signatory> {
    static final String SIGNATURE_IMAGE = "signature_image";

    @Override
    public String fileName() {
        return "signatories.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "kind", "position", "name", "acronym", "title", "country", "signed_on", "withdrawn_on",
                SIGNATURE_IMAGE);
    }

    @Override
    public List<String> writtenColumns(List<Signatory> values) {
        if (values.stream().anyMatch(Signatory::hasSignatureImage)) {
            return columns();
        }
        return columns().stream().filter(c -> !c.equals(SIGNATURE_IMAGE)).toList();
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
                row.text("title"), row.text("country"), signedOn, withdrawnOn, row.text(SIGNATURE_IMAGE).strip());
    }

    @Override
    public List<String> cells(Signatory s) {
        return List.of(Cells.text(s.id()), s.kind().name(), Cells.number(s.position()), Cells.text(s.name()),
                Cells.text(s.acronym()), Cells.text(s.title()), Cells.text(s.country()), Cells.date(s.signedOn()),
                Cells.date(s.withdrawnOn()), Cells.text(s.signatureImage()));
    }

    @Override
    public Comparator<Signatory> canonicalOrder() {
        return Comparator.comparingInt(Signatory::position).thenComparing(Signatory::id);
    }
}
