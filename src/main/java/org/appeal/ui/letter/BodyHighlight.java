package org.appeal.ui.letter;

import org.appeal.compose.BodyCheck;
import org.appeal.compose.BodySyntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which style class each part of the body gets (see {@code appeal.css}): references, directives,
 * comments, citations, markup; an issue or a misspelled word is underlined on top. No toolkit.
 */
public final class BodyHighlight {
    private static final Map<BodySyntax.Kind, String> CLASSES = Map.of(
            BodySyntax.Kind.REFERENCE, "ref",
            BodySyntax.Kind.DIRECTIVE, "directive",
            BodySyntax.Kind.COMMENT, "comment",
            BodySyntax.Kind.CITATION, "citation",
            BodySyntax.Kind.CITATION_KEY, "cite-key",
            BodySyntax.Kind.CITED_WORDS, "cited-words",
            BodySyntax.Kind.MARKUP, "markup",
            BodySyntax.Kind.ESCAPE, "escape");
    /** The class of a stretch the editor marks as a problem (wavy red underline). */
    public static final String ISSUE = "issue";
    /** The class of a word the spelling check does not know (dotted underline). */
    public static final String MISSPELLED = "misspelled";

    private BodyHighlight() {
    }

    public static List<StyleRuns.Run> runs(int length, BodySyntax.Reading reading, List<BodyCheck.Issue> issues,
                                           List<TextRange> misspelled) {
        List<StyleRuns.Styled> styled = new ArrayList<>();
        for (BodySyntax.Token t : reading.tokens()) {
            styled.add(new StyleRuns.Styled(t.start(), t.end(), CLASSES.get(t.kind())));
        }
        for (BodyCheck.Issue issue : issues) {
            styled.add(new StyleRuns.Styled(issue.start(), issue.end(), ISSUE));
        }
        for (TextRange word : misspelled) {
            styled.add(new StyleRuns.Styled(word.start(), word.end(), MISSPELLED));
        }
        return StyleRuns.of(length, styled);
    }
}
