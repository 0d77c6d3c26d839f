package org.appeal.store;

import java.util.Objects;

/**
 * One thing wrong with a file being imported (a voting-data CSV, a source document), precise enough
 * for a person to find it in a text editor.
 *
 * @param file    the file's name as the person chose it
 * @param line    1-based line where the problem is; 0 when it concerns the whole file
 * @param field   column or part ("ms_vote", "date"); empty when it concerns the whole row or file
 * @param message what is wrong, in words
 */
public record ImportProblem(String file, long line, String field, String message) {
    public ImportProblem {
        Objects.requireNonNull(file, "file");
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: field: message}, the field part left out when there is no field. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
