package org.appeal.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file could not be imported. Carries every problem found, so that one attempt shows all of them;
 * an import that throws this has returned and stored nothing.
 */
public class ImportException extends Exception {
    /** A 900,000-row file can have as many problems; the message shows the first ones, {@link #problems()} all. */
    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        this(problems, null);
    }

    public ImportException(ImportProblem problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    private ImportException(List<ImportProblem> problems, Throwable cause) {
        super(message(problems), cause);
        this.problems = List.copyOf(problems);
    }

    private static String message(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import exception needs at least one problem");
        }
        String shown = problems.stream().limit(PROBLEMS_IN_MESSAGE).map(ImportProblem::toString)
                .collect(Collectors.joining("\n"));
        int more = problems.size() - PROBLEMS_IN_MESSAGE;
        return more > 0 ? shown + "\n... and " + more + " more problems" : shown;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
