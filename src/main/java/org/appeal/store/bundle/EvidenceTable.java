package org.appeal.store.bundle;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.appeal.domain.Evidence;
import org.appeal.domain.Pinpoint;

/**
 * {@code evidence.csv}: quotes taken from the sources, each with the key letters cite it by. An
 * empty {@code pinpoint_unit} cites the whole source. Whether {@code source_id} names a source of
 * the bundle is checked by the reader, which has both files.
 */
final class EvidenceTable implements BundleTable<EvidenceTable.Entry> {
    /** A row's evidence and its line, where a source it names that is not there is reported. */
    record Entry(Evidence evidence, long line) {
    }

    @Override
    public String fileName() {
        return "evidence.csv";
    }

    @Override
    public String idColumn() {
        return "key";
    }

    @Override
    public List<String> columns() {
        return List.of("key", "source_id", "quote", "pinpoint_unit", "pinpoint_value");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("key", "source_id", "quote");
    }

    @Override
    public Entry read(CsvRow row) {
        String key = row.requiredText("key");
        String sourceId = row.requiredText("source_id");
        Pinpoint.Unit unit = row.choice("pinpoint_unit", Pinpoint.Unit.class, false);
        String value = row.text("pinpoint_value").strip();
        if (unit != null && value.isEmpty()) {
            row.problem("pinpoint_value", "required value is empty when pinpoint_unit is set");
        } else if (unit == null && !value.isEmpty() && row.text("pinpoint_unit").isBlank()) {
            row.problem("pinpoint_unit", "required value is empty when pinpoint_value is set");
        }
        if (key != null && !CitationKeys.isValid(key)) {
            row.problem("key", "'" + key + "' cannot be cited as [@" + key + "]: a key is letters, digits and"
                    + " _ - . : / inside, starting and ending with a letter, digit or _");
        }
        if (!row.isValid()) {
            return null;
        }
        return new Entry(new Evidence(key, sourceId, row.text("quote"), unit == null ? null : new Pinpoint(unit, value)),
                row.line());
    }

    @Override
    public List<String> cells(Entry entry) {
        Evidence e = entry.evidence();
        return List.of(Cells.text(e.citationKey()), Cells.text(e.sourceId()), Cells.text(e.quote()),
                e.pinpoint() == null ? "" : e.pinpoint().unit().name(),
                e.pinpoint() == null ? "" : Cells.text(e.pinpoint().value()));
    }

    @Override
    public Comparator<Entry> canonicalOrder() {
        return Comparator.comparing(entry -> entry.evidence().citationKey());
    }
}
