package org.appeal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a piece of evidence quotes its source word for word, and where. Differences in
 * whitespace, line breaks and straight or curly quotes do not count (see {@link QuoteText}); an
 * ellipsis ({@code ...}, {@code …}, {@code [...]}) in a quote stands for words left out, so the
 * parts around it must appear in the source in that order.
 *
 * <p>A paragraph pinpoint is checked against the source's own paragraph numbers. Pages and
 * sections are not known for a stored text, so such a pinpoint is reported as not checked.
 *
 * @param status  the verdict
 * @param message what a writer needs to know, in a sentence; empty when verified
 */
public record QuoteCheck(String citationKey, Status status, String message) {
    public enum Status {
        /** The quote is in the source, at its pinpoint (or the whole source is cited). */
        VERIFIED,
        /** The quote is in the source; its page or section cannot be checked from the stored text. */
        PINPOINT_NOT_CHECKED,
        /** The quote is in the source, but not at its pinpoint. */
        WRONG_PINPOINT,
        /** The quote is not in the source as written. */
        NOT_VERBATIM,
        /** The source's text is not in the library, so nothing could be compared. */
        NOT_CHECKED
    }

    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\[\\s*(?:\\.\\s*){3}]|\\[\\s*…\\s*]|(?:\\.\\s*){3}|…)\\s*");
    private static final Pattern PARAGRAPHS = Pattern.compile("(\\d+)(?:\\s*[-–]\\s*(\\d+))?");

    public QuoteCheck {
        Objects.requireNonNull(citationKey, "citationKey");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    /** A quote that needs attention before the letter goes out. */
    public boolean needsAttention() {
        return status != Status.VERIFIED;
    }

    /** Checks one piece of evidence against its source; {@code source} is empty when the library has no such source. */
    public static QuoteCheck of(Evidence evidence, Optional<Source> source) {
        String key = evidence.citationKey();
        if (source.isEmpty()) {
            return new QuoteCheck(key, Status.NOT_CHECKED, "not checked: there is no source '" + evidence.sourceId()
                    + "' in the library");
        }
        Source s = source.get();
        if (s.paragraphs().isEmpty() && s.unnumbered().isEmpty()) {
            return new QuoteCheck(key, Status.NOT_CHECKED, "not checked: the text of source '" + s.id()
                    + "' is not in the library");
        }
        List<String> parts = parts(evidence.quote());
        if (parts.isEmpty()) {
            return new QuoteCheck(key, Status.NOT_CHECKED, "not checked: the evidence has no quote");
        }
        Pinpoint pinpoint = evidence.pinpoint();
        if (pinpoint != null && pinpoint.unit() == Pinpoint.Unit.PARAGRAPH) {
            return checkParagraph(key, s, parts, pinpoint);
        }
        if (!containsInOrder(wholeText(s), parts)) {
            return notVerbatim(key, s, parts);
        }
        if (pinpoint == null) {
            return new QuoteCheck(key, Status.VERIFIED, "");
        }
        return new QuoteCheck(key, Status.PINPOINT_NOT_CHECKED, "the quote is verbatim; its "
                + Pinpoints.label(pinpoint) + " is not checked: the library does not know the source's "
                + (pinpoint.unit() == Pinpoint.Unit.PAGE ? "pages" : "sections"));
    }

    private static QuoteCheck checkParagraph(String key, Source source, List<String> parts, Pinpoint pinpoint) {
        Matcher range = PARAGRAPHS.matcher(pinpoint.value());
        if (!range.matches()) {
            return new QuoteCheck(key, Status.WRONG_PINPOINT, "'" + pinpoint.value()
                    + "' is not a paragraph number");
        }
        int from = paragraphNumber(range.group(1));
        int to = range.group(2) == null ? from : paragraphNumber(range.group(2));
        StringBuilder cited = new StringBuilder();
        // Only paragraphs the source has: "1-2147483647" must not count to the end of int and wrap around.
        for (int n = Math.max(from, 1); n <= Math.min(to, source.paragraphs().size()); n++) {
            source.paragraph(n).ifPresent(p -> cited.append(p).append('\n'));
        }
        if (!cited.isEmpty() && containsInOrder(QuoteText.normalize(cited.toString()), parts)) {
            return new QuoteCheck(key, Status.VERIFIED, "");
        }
        for (int n = 1; n <= source.paragraphs().size(); n++) {
            if (containsInOrder(QuoteText.normalize(source.paragraphs().get(n - 1)), parts)) {
                return new QuoteCheck(key, Status.WRONG_PINPOINT, "the quote is in para. " + n + ", not "
                        + Pinpoints.label(pinpoint));
            }
        }
        if (containsInOrder(QuoteText.normalize(String.join("\n", source.unnumbered())), parts)) {
            return new QuoteCheck(key, Status.WRONG_PINPOINT, "the quote is in the text outside the numbered "
                    + "paragraphs, not " + Pinpoints.label(pinpoint));
        }
        if (cited.isEmpty()) {
            return new QuoteCheck(key, Status.WRONG_PINPOINT, "source '" + source.id() + "' has no "
                    + Pinpoints.label(pinpoint) + ", and the quote is not in it as written");
        }
        return notVerbatim(key, source, parts);
    }

    /** A number too long for an {@code int} is one no source has. */
    private static int paragraphNumber(String digits) {
        String number = digits.replaceFirst("^0+(?=\\d)", "");
        return number.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(number);
    }

    /** Says where the quote leaves the source: the longest start of it that the source has. */
    private static QuoteCheck notVerbatim(String key, Source source, List<String> parts) {
        String text = wholeText(source);
        String quote = String.join(" … ", parts);
        String[] words = quote.split(" ");
        int matched = 0;
        for (int n = 1; n <= words.length; n++) {
            String prefix = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (!prefix.contains("…") && text.contains(prefix)) {
                matched = n;
            } else {
                break;
            }
        }
        String message;
        if (matched == 0) {
            message = "the quote is not in source '" + source.id() + "' as written";
        } else {
            int start = Math.max(0, matched - 4);
            String agreed = String.join(" ", java.util.Arrays.copyOfRange(words, start, matched));
            message = "the quote is not in source '" + source.id() + "' as written: it follows the source up to '"
                    + (start > 0 ? "… " : "") + agreed + "', then has '" + words[Math.min(matched, words.length - 1)]
                    + "'";
        }
        return new QuoteCheck(key, Status.NOT_VERBATIM, message);
    }

    private static String wholeText(Source source) {
        List<String> blocks = new ArrayList<>(source.unnumbered());
        blocks.addAll(source.paragraphs());
        return QuoteText.normalize(String.join("\n", blocks));
    }

    private static List<String> parts(String quote) {
        List<String> parts = new ArrayList<>();
        for (String part : ELLIPSIS.split(quote)) {
            String normalized = QuoteText.normalize(part);
            if (!normalized.isEmpty()) {
                parts.add(normalized);
            }
        }
        return parts;
    }

    private static boolean containsInOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }
}
