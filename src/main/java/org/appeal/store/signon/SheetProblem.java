package org.appeal.store.signon;

import java.util.Objects;

/**
 * One thing wrong with a sign-on sheet, precise enough for a person to find it in the spreadsheet
 * or in a text editor.
 *
 * @param row     1-based data row: the header is not counted, nor are blank lines; 0 when the
 *                problem belongs to the header or the whole sheet
 * @param line    1-based physical line where the row starts (a quoted cell may span several lines);
 *                0 when no line applies
 * @param column  the column's header as the sheet writes it; empty when the problem concerns a
 *                whole row or the whole sheet
 * @param message what is wrong, in words
 */
public record SheetProblem(int row, long line, String column, String message) {
    public SheetProblem {
        column = column == null ? "" : column;
        Objects.requireNonNull(message, "message");
    }

    /** {@code row 7 (line 8): Timestamp: message}; the parts that do not apply are left out. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (row > 0) {
            text.append("row ").append(row).append(" (line ").append(line).append("): ");
        } else if (line > 0) {
            text.append("line ").append(line).append(": ");
        }
        if (!column.isEmpty()) {
            text.append(column).append(": ");
        }
        return text.append(message).toString();
    }
}
