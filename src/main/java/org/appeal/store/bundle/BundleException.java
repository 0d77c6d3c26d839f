package org.appeal.store.bundle;

import java.util.List;
import java.util.stream.Collectors;

/** A bundle could not be read; carries every problem found, so that one attempt shows all of them. */
public class BundleException extends Exception {
    private final List<BundleProblem> problems;

    public BundleException(List<BundleProblem> problems) {
        super(problems.stream().map(BundleProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a bundle exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<BundleProblem> problems() {
        return problems;
    }
}
