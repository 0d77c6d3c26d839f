package org.appeal.store.bundle;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryText;

/**
 * {@code signatories.csv}: the whole sign-on list, withdrawn signatories included. The optional
 * {@code signature_image} column is written only when some signatory has an image, and the {@code
 * alt_} columns (name, acronym and title in their second script) only when some signatory has one,
 * so a list without them keeps the bytes it had before the columns existed.
 */
final class SignatoriesTable implements BundleTable<Signatory> {
    static final String SIGNATURE_IMAGE = "signature_image";
    private static final List<String> ALT = List.of("alt_name", "alt_acronym", "alt_title");

    @Override
    public String fileName() {
        return "signatories.csv";
    }

    @Override
    public List<String> columns() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("id", "kind", "position", "name", "acronym",
                "title", "country", "signed_on", "withdrawn_on", SIGNATURE_IMAGE), ALT.stream()).toList();
    }

    @Override
    public List<String> writtenColumns(List<Signatory> values) {
        boolean images = values.stream().anyMatch(Signatory::hasSignatureImage);
        boolean alt = values.stream().anyMatch(s -> !s.alt().isEmpty());
        return columns().stream().filter(c -> (images || !c.equals(SIGNATURE_IMAGE)) && (alt || !ALT.contains(c)))
                .toList();
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
                row.text("title"), row.text("country"), signedOn, withdrawnOn, row.text(SIGNATURE_IMAGE).strip(),
                new SignatoryText(row.text("alt_name"), row.text("alt_acronym"), row.text("alt_title")));
    }

    @Override
    public List<String> cells(Signatory s) {
        return List.of(Cells.text(s.id()), s.kind().name(), Cells.number(s.position()), Cells.text(s.name()),
                Cells.text(s.acronym()), Cells.text(s.title()), Cells.text(s.country()), Cells.date(s.signedOn()),
                Cells.date(s.withdrawnOn()), Cells.text(s.signatureImage()), Cells.text(s.alt().name()),
                Cells.text(s.alt().acronym()), Cells.text(s.alt().title()));
    }

    @Override
    public Comparator<Signatory> canonicalOrder() {
        return Comparator.comparingInt(Signatory::position).thenComparing(Signatory::id);
    }
}
