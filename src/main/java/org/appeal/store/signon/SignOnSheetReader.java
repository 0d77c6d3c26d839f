package org.appeal.store.signon;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a sign-on sheet (CSV as spreadsheets and Google Forms export it) into {@link SheetRow}s,
 * handed to a consumer one at a time so that a large sheet is never held whole: the file is read
 * once to detect its encoding (unless given) and once to parse it. Row problems travel with their
 * rows; problems of the whole sheet come back in the {@link SheetInfo}. When the header is
 * unusable no row is read at all.
 */
public final class SignOnSheetReader {
    private static final int BUFFER = 1 << 16;

    private final ImportOptions options;

    public SignOnSheetReader(ImportOptions options) {
        this.options = options;
    }

    public SheetInfo read(Path sheet, Consumer<SheetRow> rows) throws IOException {
        return read(() -> Files.newInputStream(sheet), rows);
    }

    public SheetInfo read(byte[] sheet, Consumer<SheetRow> rows) {
        try {
            return read(() -> new ByteArrayInputStream(sheet), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory cannot fail", e);
        }
    }

    private SheetInfo read(Source source, Consumer<SheetRow> rows) throws IOException {
        SheetEncoding.Choice encoding;
        if (options.givenEncoding().isPresent()) {
            encoding = new SheetEncoding.Choice(options.encoding(), false);
        } else {
            try (InputStream in = source.open()) {
                encoding = SheetEncoding.detect(in);
            }
        }
        TextPositions positions = new TextPositions();
        try (BufferedReader reader = new BufferedReader(
                new DecodingReader(source.open(), encoding.charset(), positions), BUFFER)) {
            char delimiter = Delimiters.detect(reader);
            return new Pass(encoding, delimiter, positions, rows).run(reader);
        }
    }

    @FunctionalInterface
    private interface Source {
        InputStream open() throws IOException;
    }

    /** One reading of one sheet. */
    private final class Pass {
        private final SheetEncoding.Choice encoding;
        private final char delimiter;
        private final TextPositions positions;
        private final Consumer<SheetRow> rows;
        private final List<SheetProblem> problems = new ArrayList<>();
        private HeaderMapping mapping;
        private SheetRowReader rowReader;
        private int rowCount;
        private boolean stop;

        Pass(SheetEncoding.Choice encoding, char delimiter, TextPositions positions, Consumer<SheetRow> rows) {
            this.encoding = encoding;
            this.delimiter = delimiter;
            this.positions = positions;
            this.rows = rows;
        }

        SheetInfo run(BufferedReader reader) throws IOException {
            // Empty lines come through as records so that every record's start offset is exact.
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            try (CSVParser parser = format.parse(reader)) {
                Iterator<CSVRecord> records = parser.iterator();
                CSVRecord pending = null;
                long linesRead = 0;
                while (!stop) {
                    CSVRecord next;
                    try {
                        next = records.hasNext() ? records.next() : null;
                    } catch (UncheckedIOException e) {
                        if (pending != null) {
                            accept(pending, Long.MAX_VALUE);
                        }
                        unreadable(linesRead + 1, e);
                        break;
                    }
                    // A record's bad bytes are those before the next record starts, so each is handled one behind.
                    if (pending != null) {
                        accept(pending, next == null ? Long.MAX_VALUE : next.getCharacterPosition());
                    }
                    if (next == null) {
                        break;
                    }
                    positions.rowStartsAt(next.getCharacterPosition());
                    pending = next;
                    linesRead = parser.getCurrentLineNumber();
                }
            }
            if (mapping == null && problems.isEmpty()) {
                problems.add(new SheetProblem(0, 0, "",
                        "the sheet is empty: expected a header row, then one row per signatory"));
            }
            return new SheetInfo(encoding, delimiter, mapping == null ? Map.of() : mapping.used(),
                    mapping == null ? List.of() : mapping.ignored(), rowCount, problems);
        }

        private void accept(CSVRecord record, long end) {
            long line = positions.lineOf(record.getCharacterPosition());
            int malformed = positions.takeMalformedBefore(end);
            List<String> cells = record.toList();
            if (SheetRowReader.isBlank(cells)) {
                return;
            }
            if (mapping == null) {
                header(cells, line, malformed);
                return;
            }
            rowCount++;
            rows.accept(rowReader.read(rowCount, line, cells, malformed));
        }

        private void header(List<String> cells, long line, int malformed) {
            mapping = HeaderMapping.resolve(cells, options.mapping(), line);
            if (malformed > 0) {
                problems.add(new SheetProblem(0, line, "", "the header has bytes not valid "
                        + SheetEncoding.displayName(encoding.charset()) + ", the encoding "
                        + (encoding.detected() ? "detected; give the sheet's encoding with --encoding"
                        : "given; check it") + ", or save the sheet as UTF-8"));
            }
            problems.addAll(mapping.problems());
            stop = !problems.isEmpty();
            rowReader = new SheetRowReader(mapping, encoding, options);
        }

        /** Commons CSV cannot resume after a broken quote, so nothing after it can be trusted. */
        private void unreadable(long line, UncheckedIOException e) {
            String detail = rootMessage(e);
            String why;
            if (detail != null && detail.contains("EOF reached before encapsulated token finished")) {
                why = "a quoted value starting in this row is never closed";
            } else if (detail != null && detail.contains(DecodingReader.ROW_TOO_LONG)) {
                why = "it runs on for more than " + String.format(java.util.Locale.ROOT, "%,d", DecodingReader.MAX_ROW_CHARS)
                        + " characters (a quoted value never closed?)";
            } else if (detail != null && detail.contains("Invalid character between encapsulated token")) {
                why = "text follows the closing quote of a value (a quote inside a value must be doubled: \"\")";
            } else {
                why = "the CSV is malformed (" + detail + ")";
            }
            problems.add(new SheetProblem(rowCount + 1, line, "", "cannot read the sheet from this row on: " + why));
        }

        private static String rootMessage(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root.getMessage();
        }
    }
}
