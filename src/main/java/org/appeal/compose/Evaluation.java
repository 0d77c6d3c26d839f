package org.appeal.compose;

import java.util.List;

/** What one template pass produced, and the blocking problems found in it. */
record Evaluation(String output, List<Problem> problems) {
    Evaluation {
        problems = List.copyOf(problems);
    }
}
