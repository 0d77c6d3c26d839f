package org.appeal.compose;

/**
 * Stops a template pass that must not go on: a limit reached, a block or macro that calls itself,
 * a value that cannot be gone through. The pass ends with the problem it carries.
 */
final class TemplateRefusal extends RuntimeException {
    private final transient Problem problem;

    TemplateRefusal(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
