package org.appeal.compose;

import java.util.List;
import java.util.stream.Collectors;

/** A render that was refused, with every blocking problem found in the pass. */
public class RenderException extends Exception {
    private final transient List<Problem> problems;

    public RenderException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
