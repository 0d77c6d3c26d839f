package org.appeal.ui.letter;

import org.appeal.compose.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a problem points in the body, as the editor selects it: a pure function, no editor needed. */
class ProblemRangeTest {
    private static final String BODY = "Dear President,\n\nWe write about $undefinedThing.\nAnd ${letter.date} too.";

    private static Problem at(int line, int column) {
        return Problem.blocking("letter.md", line, column, "made up for the test");
    }

    private static String selected(String text, Problem problem) {
        TextRange range = ProblemRange.in(text, problem).orElseThrow();
        return text.substring(range.start(), range.end());
    }

    @Test
    void aReferenceIsSelectedWithoutTheFullStopThatEndsTheSentence() {
        assertThat(selected(BODY, at(3, 16))).isEqualTo("$undefinedThing");
    }

    @Test
    void aBracedReferenceIsSelectedWhole() {
        assertThat(selected(BODY, at(4, 5))).isEqualTo("${letter.date}");
    }

    @Test
    void whereNoReferenceStartsTheCaretIsPlaced() {
        TextRange range = ProblemRange.in(BODY, at(1, 6)).orElseThrow();

        assertThat(range).isEqualTo(new TextRange(5, 5));
    }

    @Test
    void aLineOrColumnPastTheEndEndsAtTheEndOfTheText() {
        assertThat(ProblemRange.in(BODY, at(9, 1))).contains(new TextRange(BODY.length(), BODY.length()));
        assertThat(ProblemRange.in("short", at(1, 80))).contains(new TextRange(5, 5));
    }

    @Test
    void problemsOutsideTheBodyHaveNoRange() {
        assertThat(ProblemRange.in(BODY, Problem.blocking("letter.html.vm", 3, 16, "in the layout"))).isEmpty();
        assertThat(ProblemRange.in(BODY, Problem.warning("signatories", "ask again"))).isEmpty();
        assertThat(ProblemRange.isInBody(at(3, 16))).isTrue();
    }
}
