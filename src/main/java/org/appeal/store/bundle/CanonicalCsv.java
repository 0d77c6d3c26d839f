package org.appeal.store.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** Writes a bundle CSV in canonical form: fixed columns, canonical row order, {@code \n}, minimal quoting. */
final class CanonicalCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private CanonicalCsv() {
    }

    static <T> String write(BundleTable<T> table, List<T> values) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            List<String> columns = table.writtenColumns(values);
            printer.printRecord(columns);
            for (T value : values.stream().sorted(table.canonicalOrder()).toList()) {
                List<String> cells = table.cells(value);
                printer.printRecord(columns.stream().map(c -> cells.get(table.columns().indexOf(c))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }
}
