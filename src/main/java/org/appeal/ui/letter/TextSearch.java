package org.appeal.ui.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Find and replace in the body: every match of a query, with case and whole-word options. No toolkit. */
public final class TextSearch {
    /** What to look for. */
    public record Query(String text, boolean matchCase, boolean wholeWord) {
    }

    private TextSearch() {
    }

    /** Every match, in order, none overlapping; none for an empty query. */
    public static List<TextRange> find(String body, Query query) {
        List<TextRange> found = new ArrayList<>();
        if (query.text().isEmpty()) {
            return found;
        }
        String haystack = query.matchCase() ? body : body.toLowerCase(Locale.ROOT);
        String needle = query.matchCase() ? query.text() : query.text().toLowerCase(Locale.ROOT);
        if (haystack.length() != body.length()) {  // a lower case that changes lengths: compare as typed
            haystack = body;
            needle = query.text();
        }
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return found;
            }
            int end = at + needle.length();
            if (!query.wholeWord() || (isBoundary(body, at - 1) && isBoundary(body, end))) {
                found.add(new TextRange(at, end));
                from = end;
            } else {
                from = at + 1;
            }
        }
    }

    private static boolean isBoundary(String body, int index) {
        return index < 0 || index >= body.length() || !(Character.isLetterOrDigit(body.charAt(index))
                || body.charAt(index) == '_');
    }

    /** The body with every match replaced, and how many were. */
    public record Replaced(String text, int count) {
    }

    public static Replaced replaceAll(String body, Query query, String replacement) {
        List<TextRange> matches = find(body, query);
        StringBuilder out = new StringBuilder(body.length());
        int from = 0;
        for (TextRange m : matches) {
            out.append(body, from, m.start()).append(replacement);
            from = m.end();
        }
        out.append(body.substring(from));
        return new Replaced(out.toString(), matches.size());
    }

    /** The first match at or after {@code caret}, wrapping round to the first; -1 when there are none. */
    public static int nextIndex(List<TextRange> matches, int caret) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= caret) {
                return i;
            }
        }
        return matches.isEmpty() ? -1 : 0;
    }
}
