package org.appeal.store.signon;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What was learnt about a sheet as a whole while reading it.
 *
 * @param encoding  the encoding it was read in, and whether that was detected
 * @param delimiter the column separator found in the header line
 * @param columns   which header each field was read from
 * @param ignored   headers of the columns not read
 * @param rows      number of data rows read (blank lines not counted)
 * @param problems  problems of the sheet as a whole (header, mapping, unreadable CSV): while there are
 *                  any, nothing may be imported, whatever the options say
 */
public record SheetInfo(SheetEncoding.Choice encoding, char delimiter, Map<SheetField, String> columns,
                        List<String> ignored, int rows, List<SheetProblem> problems) {
    public SheetInfo {
        columns = Map.copyOf(columns);
        ignored = List.copyOf(ignored);
        problems = List.copyOf(problems);
    }

    /** One line for a dry-run report: encoding, separator, rows and what each column was read as. */
    public String describe() {
        String used = columns.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> "'" + e.getValue() + "' → " + e.getKey().target())
                .collect(Collectors.joining(", "));
        String ignoredText = ignored.isEmpty() ? "" : "; ignored: "
                + ignored.stream().map(h -> "'" + h + "'").collect(Collectors.joining(", "));
        return "read as " + encoding.describe() + ", " + delimiterName() + "-separated, " + ImportPlan.number(rows) + " data row"
                + (rows == 1 ? "" : "s") + (used.isEmpty() ? "" : "; columns: " + used) + ignoredText;
    }

    private String delimiterName() {
        switch (delimiter) {
            case '\t':
                return "tab";
            case ';':
                return "semicolon";
            default:
                return "comma";
        }
    }
}
