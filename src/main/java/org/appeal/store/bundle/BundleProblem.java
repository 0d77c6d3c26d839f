package org.appeal.store.bundle;

import java.util.Objects;

/**
 * One thing wrong with a bundle, precise enough for a person to find and fix it in a text editor.
 *
 * @param file    path of the file inside the bundle, as it is named there ("recipients.csv")
 * @param line    1-based physical line where the record or key starts; 0 when no line applies
 * @param field   column or key ("role", "letter.date"); empty when the problem concerns the whole file or row
 * @param message what is wrong, in words
 */
public record BundleProblem(String file, long line, String field, String message) {
    public BundleProblem {
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
