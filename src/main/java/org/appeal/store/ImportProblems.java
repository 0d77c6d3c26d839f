package org.appeal.store;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of importing one file, so that reading goes on after the first one. */
public final class ImportProblems {
    private final String file;
    private final List<ImportProblem> found = new ArrayList<>();

    /** @param file the file's name, as every problem will show it */
    public ImportProblems(String file) {
        this.file = file;
    }

    public void add(long line, String field, String message) {
        found.add(new ImportProblem(file, line, field, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws with every problem so far, if there is any. */
    public void throwIfAny() throws ImportException {
        if (!found.isEmpty()) {
            throw new ImportException(found);
        }
    }
}
