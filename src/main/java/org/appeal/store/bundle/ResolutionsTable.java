package org.appeal.store.bundle;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.appeal.domain.Resolution;
import org.appeal.domain.UnBody;

/** {@code resolutions.csv}: the resolutions a letter may cite; an empty {@code adoption} means UNKNOWN. */
final class ResolutionsTable implements BundleTable<Resolution> {
    @Override
    public String fileName() {
        return "resolutions.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "symbol", "body", "session", "adopted_on", "title", "adoption", "source");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("id", "body");
    }

    @Override
    public Resolution read(CsvRow row) {
        String id = row.requiredText("id");
        UnBody body = row.choice("body", UnBody.class, true);
        Integer session = row.integer("session", false);
        LocalDate adoptedOn = row.date("adopted_on");
        Resolution.Adoption adoption = row.choice("adoption", Resolution.Adoption.class, false);
        if (!row.isValid()) {
            return null;
        }
        return new Resolution(id, row.text("symbol"), body, session, adoptedOn, row.text("title"), adoption,
                row.text("source"));
    }

    @Override
    public List<String> cells(Resolution r) {
        return List.of(Cells.text(r.id()), Cells.text(r.symbol()), r.body().name(), Cells.number(r.session()),
                Cells.date(r.adoptedOn()), Cells.text(r.title()), r.adoption().name(), Cells.text(r.source()));
    }

    /** Each body's resolutions in session order, which is the order they were adopted in. */
    @Override
    public Comparator<Resolution> canonicalOrder() {
        return Comparator.comparing(Resolution::body)
                .thenComparing(Resolution::session, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Resolution::id);
    }
}
