package org.appeal.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes pasted paragraphs as body markup. The body is read twice, by Velocity and then as
 * Markdown, so pasted words are made literal for both: Markdown's characters get a backslash
 * ({@code \*}, {@code \_}, {@code \[}, {@code \<}, …), and the two Velocity reads (a {@code $}
 * unless a digit, a space or {@code .,;:)%} follows; a {@code #} unless a digit or a space follows
 * within the words, so never at a paragraph's start or before a mark) are written as character
 * references ({@code &#36;}, {@code &#35;}) that Markdown turns back into the character
 * after Velocity has passed: a backslash does not keep {@code $undefined} or {@code ##} literal in
 * Velocity. Bold and italic are written {@code **…**} and {@code *…*}, as the toolbar writes them,
 * where Markdown is sure to read them so; elsewhere (next to punctuation or to another emphasis)
 * as the {@code <strong>} and {@code <em>} tags the body also allows.
 */
final class PastedMarkup {
    private enum Kind { LINK, BOLD, ITALIC, UNDERLINE, STRIKE, SUP, SUB }

    private record Mark(Kind kind, String link) {
    }

    /** A mark over the characters {@code start} (inclusive) to {@code end} (exclusive). */
    private record Span(Mark mark, int start, int end) {
        boolean emphasis() {
            return mark.kind == Kind.BOLD || mark.kind == Kind.ITALIC;
        }
    }

    private static final Pattern ENTITY_LIKE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
    private static final Pattern ORDERED_LIST = Pattern.compile("^[0-9]{1,9}[.)]");

    private final String text;
    private final List<List<Mark>> wanted = new ArrayList<>();
    /** Bold and italic spans written as tags, by mark and start. */
    private final Set<Span> asTags = new HashSet<>();
    private final StringBuilder out = new StringBuilder();

    private PastedMarkup(PastedParagraph paragraph) {
        this.text = paragraph.text();
        for (int i = 0; i < text.length(); i++) {
            wanted.add(marks(effective(paragraph, i)));
        }
        wanted.add(List.of());
    }

    static String write(List<PastedParagraph> paragraphs) {
        return paragraphs.stream().map(p -> new PastedMarkup(p).write()).filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n\n"));
    }

    private String write() {
        List<Span> spans = spans(false);
        for (Span span : spans) {
            if (span.emphasis() && !markdownSafe(span, spans)) {
                asTags.add(new Span(span.mark, span.start, -1));
            }
        }
        spans(true);
        return out.toString();
    }

    /**
     * Opens and closes marks character by character, a stack of them: a mark ends where a character
     * does not want it, and so do the marks opened inside it (they open again after). Returns the spans,
     * and writes the paragraph when {@code writing}.
     */
    private List<Span> spans(boolean writing) {
        List<Span> spans = new ArrayList<>();
        List<Mark> open = new ArrayList<>();
        List<Integer> openedAt = new ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            List<Mark> want = wanted.get(i);
            int keep = 0;
            while (keep < open.size() && want.contains(open.get(keep))) {
                keep++;
            }
            for (int j = open.size() - 1; j >= keep; j--) {
                Span span = new Span(open.remove(j), openedAt.remove(j), i);
                spans.add(span);
                if (writing) {
                    out.append(close(span));
                }
            }
            for (Mark mark : want) {
                if (!open.contains(mark)) {
                    open.add(mark);
                    openedAt.add(i);
                    if (writing) {
                        out.append(open(new Span(mark, i, -1)));
                    }
                }
            }
            if (writing && i < text.length()) {
                literal(i);
            }
        }
        return spans;
    }

    /**
     * {@code **} and {@code *} are sure to be read as emphasis when the words inside start and end with a
     * letter or digit and no other emphasis begins or ends next to them (where the stars would run together).
     */
    private boolean markdownSafe(Span span, List<Span> spans) {
        if (!Character.isLetterOrDigit(text.charAt(span.start)) || !Character.isLetterOrDigit(text.charAt(span.end - 1))) {
            return false;
        }
        return spans.stream().filter(s -> s != span && s.emphasis()).noneMatch(s -> s.start == span.start
                || s.start == span.end || s.end == span.start || s.end == span.end);
    }

    private String open(Span at) {
        boolean tag = asTags.contains(new Span(at.mark, at.start, -1));
        return switch (at.mark.kind) {
            case LINK -> "[";
            case BOLD -> tag ? "<strong>" : "**";
            case ITALIC -> tag ? "<em>" : "*";
            case UNDERLINE -> "<u>";
            case STRIKE -> "<s>";
            case SUP -> "<sup>";
            case SUB -> "<sub>";
        };
    }

    private String close(Span span) {
        boolean tag = asTags.contains(new Span(span.mark, span.start, -1));
        return switch (span.mark.kind) {
            case LINK -> "](" + destination(span.mark.link) + ")";
            case BOLD -> tag ? "</strong>" : "**";
            case ITALIC -> tag ? "</em>" : "*";
            case UNDERLINE -> "</u>";
            case STRIKE -> "</s>";
            case SUP -> "</sup>";
            case SUB -> "</sub>";
        };
    }

    /** The character at {@code i}, written so that it prints as itself. */
    private void literal(int i) {
        char c = text.charAt(i);
        // The next character written is the next one of the text only while the marks stay the same.
        char next = i + 1 < text.length() && wanted.get(i).equals(wanted.get(i + 1)) ? text.charAt(i + 1) : '*';
        switch (c) {
            case '\n' -> out.append("<br>");
            case '\\', '*', '_', '`', '[', ']', '<' -> out.append('\\').append(c);
            case '&' -> out.append(ENTITY_LIKE.matcher(text).region(i, text.length()).lookingAt() ? "\\&" : "&");
            case '$' -> out.append(Character.isDigit(next) || ".,;:)% ".indexOf(next) >= 0 ? "$" : "&#36;");
            case '#' -> out.append(i > 0 && (Character.isDigit(next) || next == ' ') ? "#" : "&#35;");
            case '@' -> out.append((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (Character.isLetterOrDigit(next) || next == '_') ? "\\@" : "@");
            case '-', '+', '=', '>', '~' -> out.append(i == 0 ? "\\" : "").append(c);
            case '.', ')' -> out.append(orderedListMarker(i) ? "\\" : "").append(c);
            default -> out.append(c);
        }
    }

    /** "1." or "2)" starting a paragraph would make it a numbered list. */
    private boolean orderedListMarker(int i) {
        var m = ORDERED_LIST.matcher(text);
        return m.lookingAt() && m.end() == i + 1;
    }

    /** A link's address inside {@code (…)}: nothing in it ends it early, or reads as a reference or directive. */
    private static String destination(String link) {
        StringBuilder d = new StringBuilder(link.length() + 8);
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            switch (c) {
                case ' ' -> d.append("%20");
                case '(' -> d.append("%28");
                case ')' -> d.append("%29");
                case '<' -> d.append("%3C");
                case '>' -> d.append("%3E");
                case '\\' -> d.append("%5C");
                case '"' -> d.append("%22");
                case '$' -> d.append("&#36;");
                case '#' -> d.append("&#35;");
                case '&' -> d.append(ENTITY_LIKE.matcher(link).region(i, link.length()).lookingAt() ? "\\&" : "&");
                default -> d.append(Character.isISOControl(c) || Character.isWhitespace(c) ? "%20" : String.valueOf(c));
            }
        }
        return d.toString();
    }

    /** A space or line break takes the styles the words on both sides share, so marks close before it. */
    private static PastedStyle effective(PastedParagraph paragraph, int i) {
        String t = paragraph.text();
        if (t.charAt(i) != ' ' && t.charAt(i) != '\n') {
            return paragraph.styles().get(i);
        }
        int before = i - 1;
        while (before >= 0 && (t.charAt(before) == ' ' || t.charAt(before) == '\n')) {
            before--;
        }
        int after = i + 1;
        while (after < t.length() && (t.charAt(after) == ' ' || t.charAt(after) == '\n')) {
            after++;
        }
        PastedStyle left = before < 0 ? PastedStyle.PLAIN : paragraph.styles().get(before);
        PastedStyle right = after >= t.length() ? PastedStyle.PLAIN : paragraph.styles().get(after);
        return left.common(right);
    }

    private static List<Mark> marks(PastedStyle style) {
        List<Mark> marks = new ArrayList<>(4);
        if (style.link() != null) {
            marks.add(new Mark(Kind.LINK, style.link()));
        }
        if (style.bold()) {
            marks.add(new Mark(Kind.BOLD, null));
        }
        if (style.italic()) {
            marks.add(new Mark(Kind.ITALIC, null));
        }
        // A word processor underlines links itself; the letter's style decides how its links look.
        if (style.underline() && style.link() == null) {
            marks.add(new Mark(Kind.UNDERLINE, null));
        }
        if (style.strike()) {
            marks.add(new Mark(Kind.STRIKE, null));
        }
        if (style.sup()) {
            marks.add(new Mark(Kind.SUP, null));
        }
        if (style.sub()) {
            marks.add(new Mark(Kind.SUB, null));
        }
        return marks;
    }
}
