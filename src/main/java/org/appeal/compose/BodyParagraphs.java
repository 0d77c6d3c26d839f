package org.appeal.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs of a letter body as written: where each stands in the text (paragraphs are
 * separated by a blank line) and the words it says itself, without its references, directives,
 * comments, citations and markup (what it prints besides comes from the letter's data).
 */
public final class BodyParagraphs {
    /** A paragraph's stretch of the body, {@code start} inclusive, {@code end} exclusive, without the blank lines around it. */
    public record Range(int start, int end) {
    }

    private static final Set<BodySyntax.Kind> NOT_WORDS = Set.of(BodySyntax.Kind.REFERENCE, BodySyntax.Kind.DIRECTIVE,
            BodySyntax.Kind.COMMENT, BodySyntax.Kind.CITATION, BodySyntax.Kind.CITATION_KEY, BodySyntax.Kind.MARKUP);
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#([0-9]{1,6});");

    private BodyParagraphs() {
    }

    public static List<Range> of(String body) {
        List<Range> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        int line = 0;
        while (line <= body.length()) {
            int next = body.indexOf('\n', line);
            int lineEnd = next < 0 ? body.length() : next;
            boolean blank = body.substring(line, lineEnd).isBlank();
            if (blank && start >= 0) {
                paragraphs.add(new Range(start, end));
                start = -1;
            } else if (!blank) {
                if (start < 0) {
                    start = line;
                }
                end = lineEnd > line && body.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            }
            line = lineEnd + 1;
        }
        if (start >= 0) {
            paragraphs.add(new Range(start, end));
        }
        return paragraphs;
    }

    /** The words each paragraph of {@link #of} says itself, in order. */
    public static List<List<String>> ownWords(String body) {
        char[] words = body.toCharArray();
        for (BodySyntax.Token token : BodySyntax.read(body).tokens()) {
            if (NOT_WORDS.contains(token.kind())) {
                java.util.Arrays.fill(words, token.start(), token.end(), ' ');
            } else if (token.kind() == BodySyntax.Kind.ESCAPE) {
                words[token.start()] = ' ';
            }
        }
        String text = new String(words);
        List<List<String>> paragraphs = new ArrayList<>();
        for (Range range : of(body)) {
            Matcher m = CHARACTER_REFERENCE.matcher(text.substring(range.start(), range.end()));
            paragraphs.add(PrintedWords.of(m.replaceAll(r -> Matcher.quoteReplacement(
                    Character.toString(Integer.parseInt(r.group(1)))))));
        }
        return paragraphs;
    }
}
