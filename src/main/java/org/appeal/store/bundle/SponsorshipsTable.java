package org.appeal.store.bundle;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.appeal.domain.Sponsorship;
import org.appeal.domain.UnBody;

/** {@code sponsorships.csv}: whether a state co-sponsored a body's resolution in a year. */
final class SponsorshipsTable implements BundleTable<Sponsorship> {
    @Override
    public String fileName() {
        return "sponsorships.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "state", "body", "year", "date", "resolution_symbol", "cosponsored", "source");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("id", "body", "year", "cosponsored");
    }

    @Override
    public Sponsorship read(CsvRow row) {
        String id = row.requiredText("id");
        UnBody body = row.choice("body", UnBody.class, true);
        Integer year = row.integer("year", true);
        LocalDate date = row.date("date");
        Boolean cosponsored = row.yesNo("cosponsored");
        if (!row.isValid()) {
            return null;
        }
        if (date != null && date.getYear() != year) {
            return row.problem("date", "date " + date + " is not in year " + year);
        }
        return new Sponsorship(id, row.text("state"), body, year, date, row.text("resolution_symbol"),
                cosponsored, row.text("source"));
    }

    @Override
    public List<String> cells(Sponsorship s) {
        return List.of(Cells.text(s.id()), Cells.text(s.state()), s.body().name(), Integer.toString(s.year()),
                Cells.date(s.date()), Cells.text(s.resolutionSymbol()), Cells.yesNo(s.cosponsored()),
                Cells.text(s.source()));
    }

    /**
     * Within a year the Human Rights Council's spring session comes before the General Assembly's
     * December vote, so HRC rows precede GA rows: the file then reads as a timeline.
     */
    @Override
    public Comparator<Sponsorship> canonicalOrder() {
        return Comparator.comparing(Sponsorship::state)
                .thenComparingInt(Sponsorship::year)
                .thenComparingInt(s -> s.body() == UnBody.HRC ? 0 : 1)
                .thenComparing(Sponsorship::id);
    }
}
