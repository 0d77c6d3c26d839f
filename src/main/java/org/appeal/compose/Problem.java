package org.appeal.compose;

import java.util.Objects;

/**
 * Something the renderer found. A blocking problem stops the render (nothing is written); a
 * warning comes back with the result.
 *
 * @param where  the template name, or the data item ("recipient 'president'") the problem is about
 * @param line   1-based line in {@code where}, 0 when it is not about a line
 * @param column 1-based column, 0 when unknown
 */
public record Problem(Severity severity, String where, int line, int column, String message) {
    public enum Severity { BLOCKING, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        where = where == null ? "" : where;
        Objects.requireNonNull(message, "message");
    }

    public static Problem blocking(String where, int line, int column, String message) {
        return new Problem(Severity.BLOCKING, where, line, column, message);
    }

    public static Problem warning(String where, String message) {
        return new Problem(Severity.WARNING, where, 0, 0, message);
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }

    /** "letter.html.vm line 3, column 7: ..." – the form shown to users and printed by the CLI. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(where);
        if (line > 0) {
            s.append(" line ").append(line);
            if (column > 0) {
                s.append(", column ").append(column);
            }
        }
        return s.append(": ").append(message).toString();
    }
}
