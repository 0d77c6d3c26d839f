package org.appeal.ui.letter;

import org.appeal.compose.BodyCheck;
import org.appeal.compose.BodySyntax;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the body editor colours and underlines: the text's references, directives, citations and
 * markup, what the vocabulary does not know, the words the spelling check does not know, and the
 * syllable an input method is still composing.
 */
final class BodyMarks {
    private final CodeArea area;
    private final BodyAssistant assistant;
    private BodySyntax.Reading reading = BodySyntax.read("");
    private List<BodyCheck.Issue> issues = List.of();
    private List<TextRange> misspelled = List.of();
    private TextRange composing = BodyInputMethod.NOTHING;

    BodyMarks(CodeArea area, BodyAssistant assistant) {
        this.area = area;
        this.assistant = assistant;
    }

    /** Reads the text again and marks it; the spelling marks wait for the next check. */
    void read(String text) {
        reading = BodySyntax.read(text);
        issues = assistant.issues(reading);
        misspelled = List.of();
        apply();
    }

    /** Words the spelling check does not know, as found for {@code forText}; ignored if the text moved on. */
    void showMisspelled(String forText, List<TextRange> words) {
        if (forText.equals(area.getText())) {
            misspelled = List.copyOf(words);
            apply();
        }
    }

    /** The stretch an input method is still composing (empty when none), marked until it is committed. */
    void showComposing(TextRange range) {
        composing = range;
        markComposing();
    }

    private void markComposing() {
        if (composing.end() > composing.start() && composing.end() <= area.getLength()) {
            area.setStyleSpans(composing.start(), area.getStyleSpans(composing.start(), composing.end())
                    .mapStyles(styles -> {
                        List<String> marked = new ArrayList<>(styles);
                        marked.add("composing");
                        return marked;
                    }));
        }
    }

    private void apply() {
        List<StyleRuns.Run> runs = BodyHighlight.runs(area.getLength(), reading, issues, misspelled);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (StyleRuns.Run run : runs) {
            spans.add(run.classes(), run.length());
        }
        if (area.getLength() > 0) {
            area.setStyleSpans(0, spans.create());
            markComposing();
        }
    }

    Optional<BodyCheck.Issue> issueAt(int offset) {
        return issues.stream().filter(i -> i.start() <= offset && offset <= i.end()).findFirst();
    }

    BodySyntax.Reading reading() {
        return reading;
    }

    List<BodyCheck.Issue> issues() {
        return issues;
    }
}
