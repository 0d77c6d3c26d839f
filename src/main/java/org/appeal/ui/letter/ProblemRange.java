package org.appeal.ui.letter;

import org.appeal.compose.Problem;
import org.appeal.compose.Renderer;

import java.util.Optional;

/**
 * Where in the body a problem is: the reference it names, so that choosing the problem selects
 * what to fix. A pure function of the text and the problem; the editor only selects the range.
 */
public final class ProblemRange {
    private static final String REFERENCE_CHARACTERS = "._-!{}";

    private ProblemRange() {
    }

    /** Problems the renderer found in the body (not in the layout, not about signatories). */
    public static boolean isInBody(Problem problem) {
        return Renderer.BODY_NAME.equals(problem.where()) && problem.line() > 0;
    }

    /**
     * The range a body problem points at: from its line and column (1-based; a column past the end
     * of its line or a line past the end of the text end at the text's end) over the
     * {@code $reference} that starts there, without a full stop that ends the sentence; a caret
     * when no reference starts there. Empty for a problem that is not in the body.
     */
    public static Optional<TextRange> in(String text, Problem problem) {
        if (!isInBody(problem)) {
            return Optional.empty();
        }
        int offset = 0;
        for (int line = 1; line < problem.line(); line++) {
            int newline = text.indexOf('\n', offset);
            if (newline < 0) {
                offset = text.length();
                break;
            }
            offset = newline + 1;
        }
        int start = Math.min(text.length(), offset + Math.max(0, problem.column() - 1));
        int end = start;
        if (end < text.length() && text.charAt(end) == '$') {
            end++;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                    || REFERENCE_CHARACTERS.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
        }
        while (end > start + 1 && text.charAt(end - 1) == '.') {
            end--;
        }
        return Optional.of(new TextRange(start, end));
    }
}
