package org.appeal.store.bundle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One data row of a bundle CSV. Typed getters report a problem for a bad cell and return
 * {@code null}; {@link #isValid()} then tells the table not to build a record from the row.
 */
final class CsvRow {
    private final String file;
    private final long line;
    private final int order;
    private final Map<String, Integer> columns;
    private final List<String> cells;
    private final Problems problems;
    private boolean valid = true;

    /**
     * @param line    physical line where the row starts (a quoted cell may span several)
     * @param order   1-based place among the data rows, the default list position
     * @param columns column name to cell index, for the columns the header actually has
     */
    CsvRow(String file, long line, int order, Map<String, Integer> columns, List<String> cells, Problems problems) {
        this.file = file;
        this.line = line;
        this.order = order;
        this.columns = columns;
        this.cells = cells;
        this.problems = problems;
    }

    long line() {
        return line;
    }

    int order() {
        return order;
    }

    boolean isValid() {
        return valid;
    }

    /** The cell exactly as written; empty when the cell or the whole column is absent. */
    String text(String column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    String requiredText(String column) {
        String value = text(column);
        if (value.isBlank()) {
            missing(column);
            return null;
        }
        return value;
    }

    Integer integer(String column, boolean required) {
        String value = text(column).strip();
        if (value.isEmpty()) {
            return required ? missing(column) : null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return problem(column, "not a whole number: '" + value + "'");
        }
    }

    LocalDate date(String column) {
        String value = text(column).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return problem(column, "not a date in the form yyyy-MM-dd: '" + value + "'");
        }
    }

    <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
        String value = text(column).strip();
        if (value.isEmpty()) {
            return required ? missing(column) : null;
        }
        E[] allowed = type.getEnumConstants();
        for (E candidate : allowed) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        String expected = Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", "));
        return problem(column, "unknown value '" + value + "' (expected one of " + expected + ")");
    }

    Boolean yesNo(String column) {
        String value = text(column).strip();
        switch (value) {
            case "yes":
                return Boolean.TRUE;
            case "no":
                return Boolean.FALSE;
            case "":
                return missing(column);
            default:
                return problem(column, "expected yes or no: '" + value + "'");
        }
    }

    /** For a rule the domain record enforces, reported against this row instead of thrown. */
    <T> T problem(String column, String message) {
        problems.add(file, line, column, message);
        valid = false;
        return null;
    }

    private <T> T missing(String column) {
        // A column missing from the header was reported once already; one per row would only be noise.
        if (!columns.containsKey(column)) {
            valid = false;
            return null;
        }
        return problem(column, "required value is empty");
    }
}
