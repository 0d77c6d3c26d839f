package org.appeal.ui.letter;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's pure parts: style runs, formatting marks, find and replace. Made-up texts. */
class BodyEditingTest {
    @Test
    void overlappingStylesBecomeConsecutiveRunsCoveringTheText() {
        List<StyleRuns.Run> runs = StyleRuns.of(10, List.of(new StyleRuns.Styled(2, 8, "cited-words"),
                new StyleRuns.Styled(4, 6, "ref"), new StyleRuns.Styled(9, 30, "issue")));

        assertThat(runs).containsExactly(new StyleRuns.Run(2, List.of()), new StyleRuns.Run(2, List.of("cited-words")),
                new StyleRuns.Run(2, List.of("cited-words", "ref")), new StyleRuns.Run(2, List.of("cited-words")),
                new StyleRuns.Run(1, List.of()), new StyleRuns.Run(1, List.of("issue")));
        assertThat(runs.stream().mapToInt(StyleRuns.Run::length).sum()).isEqualTo(10);
        assertThat(StyleRuns.of(0, List.of())).containsExactly(new StyleRuns.Run(0, List.of()));
    }

    @Test
    void boldWrapsTheWordsAndKeepsSpacesOutsideTheMarks() {
        String text = "We urge your government";
        Formatting.Edit edit = Formatting.apply(text, new TextRange(2, 8), Formatting.Format.BOLD);

        assertThat(apply(text, edit)).isEqualTo("We **urge** your government");
        assertThat(apply(text, edit).substring(edit.selection().start(), edit.selection().end())).isEqualTo("urge");
    }

    @Test
    void applyingAFormatAgainTakesItsMarksOff() {
        String bold = "We **urge** you";
        assertThat(apply(bold, Formatting.apply(bold, new TextRange(5, 9), Formatting.Format.BOLD))).isEqualTo("We urge you");
        assertThat(apply(bold, Formatting.apply(bold, new TextRange(3, 11), Formatting.Format.BOLD))).isEqualTo("We urge you");
        // Italic inside bold is bold italic, not bold taken apart.
        assertThat(apply(bold, Formatting.apply(bold, new TextRange(5, 9), Formatting.Format.ITALIC)))
                .isEqualTo("We ***urge*** you");
        String sup = "the 80<sup>th</sup>";
        assertThat(apply(sup, Formatting.apply(sup, new TextRange(11, 13), Formatting.Format.SUPERSCRIPT)))
                .isEqualTo("the 80th");
    }

    @Test
    void underlineSuperscriptAndLinkWriteTheTagsTheBodyAllows() {
        String text = "80th session";
        assertThat(apply(text, Formatting.apply(text, new TextRange(2, 4), Formatting.Format.SUPERSCRIPT)))
                .isEqualTo("80<sup>th</sup> session");
        assertThat(apply(text, Formatting.apply(text, new TextRange(5, 12), Formatting.Format.UNDERLINE)))
                .isEqualTo("80th <u>session</u>");
        Formatting.Edit link = Formatting.apply(text, new TextRange(5, 12), Formatting.Format.LINK);
        String linked = apply(text, link);
        assertThat(linked).isEqualTo("80th [session](https://)");
        assertThat(linked.substring(link.selection().start(), link.selection().end())).isEqualTo("https://");
    }

    private static String apply(String text, Formatting.Edit edit) {
        return text.substring(0, edit.range().start()) + edit.replacement() + text.substring(edit.range().end());
    }

    @Test
    void findCountsMatchesWithCaseAndWholeWordOptions() {
        String text = "Korea, North Korean, korea.";
        assertThat(TextSearch.find(text, new TextSearch.Query("Korea", false, false))).hasSize(3);
        assertThat(TextSearch.find(text, new TextSearch.Query("Korea", true, false))).hasSize(2);
        assertThat(TextSearch.find(text, new TextSearch.Query("Korea", false, true)))
                .containsExactly(new TextRange(0, 5), new TextRange(21, 26));
        assertThat(TextSearch.find(text, new TextSearch.Query("", false, false))).isEmpty();
        assertThat(TextSearch.find("aaaa", new TextSearch.Query("aa", true, false))).hasSize(2);
    }

    @Test
    void replaceAllReplacesEveryMatchAndCountsThem() {
        TextSearch.Replaced replaced = TextSearch.replaceAll("Korea, North Korean, korea.",
                new TextSearch.Query("korea", false, true), "Corea");
        assertThat(replaced.text()).isEqualTo("Corea, North Korean, Corea.");
        assertThat(replaced.count()).isEqualTo(2);
    }

    @Test
    void nextMatchWrapsRound() {
        List<TextRange> matches = List.of(new TextRange(0, 2), new TextRange(5, 7));
        assertThat(TextSearch.nextIndex(matches, 3)).isEqualTo(1);
        assertThat(TextSearch.nextIndex(matches, 6)).isEqualTo(0);
        assertThat(TextSearch.nextIndex(List.of(), 0)).isEqualTo(-1);
    }
}
