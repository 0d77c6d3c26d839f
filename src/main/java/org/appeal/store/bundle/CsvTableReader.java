package org.appeal.store.bundle;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits a bundle CSV into rows and checks what concerns the file as a whole: the header and
 * unique ids. Cell values are checked later, row by row, by the table that knows their types.
 */
final class CsvTableReader {
    static final String ID = "id";

    private final String file;
    private final List<String> knownColumns;
    private final Set<String> requiredColumns;
    private final Problems problems;
    private final String idColumn;

    CsvTableReader(String file, List<String> knownColumns, Set<String> requiredColumns, Problems problems) {
        this(file, knownColumns, requiredColumns, problems, ID);
    }

    /** @param idColumn the column whose values must be unique ({@code evidence.csv} names it {@code key}) */
    CsvTableReader(String file, List<String> knownColumns, Set<String> requiredColumns, Problems problems,
                   String idColumn) {
        this.file = file;
        this.knownColumns = knownColumns;
        this.requiredColumns = requiredColumns;
        this.problems = problems;
        this.idColumn = idColumn;
    }

    List<CsvRow> read(String text) {
        LineIndex lines = new LineIndex(text);
        List<CsvRow> rows = new ArrayList<>();
        long nextLine = 1;
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                problems.add(file, 1, "", "file is empty; a header row is required");
                return rows;
            }
            CSVRecord header = records.next();
            Map<String, Integer> columns = columns(header.toList(), startLine(header, text, lines));
            nextLine = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = startLine(record, text, lines);
                if (record.size() != header.size()) {
                    problems.add(file, line, "", "row has " + record.size() + " values but the header has "
                            + header.size() + " columns");
                }
                rows.add(new CsvRow(file, line, rows.size() + 1, columns, record.toList(), problems));
                nextLine = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV cannot resume after a broken quote, so the rest of the file is unread.
            problems.add(file, nextLine, "", "cannot parse CSV from here on (an unclosed or misplaced quote?): "
                    + rootMessage(e));
        }
        checkUniqueIds(rows);
        return rows;
    }

    private Map<String, Integer> columns(List<String> names, long line) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty()) {
                problems.add(file, line, "", "column " + (i + 1) + " has no name");
            } else if (columns.containsKey(name)) {
                problems.add(file, line, name, "duplicate column (columns " + (columns.get(name) + 1) + " and "
                        + (i + 1) + ")");
            } else if (!knownColumns.contains(name)) {
                problems.add(file, line, name, "unknown column (expected " + String.join(", ", knownColumns) + ")");
            } else {
                columns.put(name, i);
            }
        }
        requiredColumns.stream().filter(c -> !columns.containsKey(c))
                .forEach(c -> problems.add(file, line, c, "required column is missing"));
        return columns;
    }

    /** Every occurrence is reported, so that the person fixing it sees all the rows involved. */
    private void checkUniqueIds(List<CsvRow> rows) {
        Map<String, List<Long>> linesById = new HashMap<>();
        rows.stream().filter(r -> !r.text(idColumn).isBlank())
                .forEach(r -> linesById.computeIfAbsent(r.text(idColumn), id -> new ArrayList<>()).add(r.line()));
        for (CsvRow row : rows) {
            List<Long> lines = linesById.getOrDefault(row.text(idColumn), List.of());
            if (lines.size() > 1) {
                row.problem(idColumn, "duplicate " + idColumn + " '" + row.text(idColumn) + "' (lines "
                        + joined(lines) + ")");
            }
        }
    }

    /**
     * Commons CSV gives the offset where the previous record ended, before any blank lines it
     * skipped; the record itself starts after them.
     */
    private static long startLine(CSVRecord record, String text, LineIndex lines) {
        int offset = (int) record.getCharacterPosition();
        while (offset < text.length() && text.charAt(offset) == '\n') {
            offset++;
        }
        return lines.lineOf(offset);
    }

    private static String joined(List<Long> lines) {
        return String.join(", ", lines.stream().map(String::valueOf).toList());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
