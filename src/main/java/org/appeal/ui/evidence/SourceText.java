package org.appeal.ui.evidence;

import org.appeal.domain.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A source's numbered paragraphs laid out as one text, "[8] …", with the offsets of each
 * paragraph, so that a selection in the text knows which paragraph it stands in.
 */
public record SourceText(String text, List<Span> spans) {
    /** Where paragraph {@code number}'s own words start and end in {@link #text()}. */
    public record Span(int number, int start, int end) {
    }

    public SourceText {
        spans = List.copyOf(spans);
    }

    public static SourceText of(Source source) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < source.paragraphs().size(); i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            text.append('[').append(i + 1).append("] ");
            int start = text.length();
            text.append(source.paragraphs().get(i));
            spans.add(new Span(i + 1, start, text.length()));
        }
        return new SourceText(text.toString(), spans);
    }

    /** The paragraph a selection lies in, if it lies within one paragraph's words. */
    public Optional<Span> paragraphOf(int selectionStart, int selectionEnd) {
        return spans.stream().filter(s -> selectionStart >= s.start() && selectionEnd <= s.end() && selectionEnd > selectionStart)
                .findFirst();
    }
}
