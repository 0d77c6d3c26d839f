package org.appeal.ui.common;

import java.util.Objects;

/**
 * One problem as the problems dialog lists it: first what is wrong in plain words, then where it
 * is (file, line, field) with the reader's own exact words, for the person who fixes the file.
 *
 * @param plain what is wrong, in the interface's language ("The file resolutions.csv is missing from the folder")
 * @param where file, line and field, and the precise message; empty when there is nothing to add
 */
public record ListedProblem(String plain, String where) {
    public ListedProblem {
        Objects.requireNonNull(plain, "plain");
        where = where == null ? "" : where;
    }

    /** Both lines, as copied to the clipboard. */
    public String text() {
        return where.isEmpty() ? plain : plain + "\n    " + where;
    }
}
