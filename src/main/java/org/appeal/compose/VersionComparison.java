package org.appeal.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two language versions of one letter's body, as typed (Markdown with template
 * references): whether they have as many paragraphs, and whether each paragraph cites the same
 * works in the same order. Notes are numbered in the order of their citations, so two versions
 * whose citations differ would number their notes out of step. The letter editor shows the
 * differences beside the two bodies; a bilingual export refuses versions whose citations differ.
 * No toolkit, no I/O.
 */
public final class VersionComparison {
    /** A key as typed, or one a template writes ({@code @$history.ga.latest.key}). */
    private static final String KEY = "(?:\\$\\{?[A-Za-z][\\w.]*}?|" + CitationSyntax.KEY + ")";
    private static final Pattern BRACKETED = Pattern.compile(
            "(?<!\\\\)\\[([^\\[\\]\\n]*?@" + KEY + "[^\\[\\]\\n]*)](?![(\\[{])");
    private static final Pattern LINK = Pattern.compile("]\\(@(" + KEY + ")\\)");
    private static final Pattern KEY_IN_BRACKETS = Pattern.compile("@(" + KEY + ")");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)*");

    private VersionComparison() {
    }

    /**
     * One difference between the versions.
     *
     * @param paragraph the 1-based paragraph it is in, 0 for the whole body (the paragraph count)
     * @param first     the first version's citation keys in that paragraph, in order (empty for the count)
     * @param second    the second version's
     */
    public record Difference(Kind kind, int paragraph, List<String> first, List<String> second, String message) {
        public enum Kind { PARAGRAPH_COUNT, CITATIONS }

        public Difference {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }
    }

    /** What differs between two versions of a body, paragraph by paragraph; empty when they are in step. */
    public static List<Difference> compare(String first, String second) {
        List<String> a = paragraphs(first);
        List<String> b = paragraphs(second);
        List<Difference> differences = new ArrayList<>();
        if (a.size() != b.size()) {
            differences.add(new Difference(Difference.Kind.PARAGRAPH_COUNT, 0, List.of(), List.of(),
                    "the first version has " + a.size() + " paragraph" + (a.size() == 1 ? "" : "s") + ", the second "
                            + b.size()));
        }
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            List<String> keysA = i < a.size() ? keys(a.get(i)) : List.of();
            List<String> keysB = i < b.size() ? keys(b.get(i)) : List.of();
            if (!keysA.equals(keysB)) {
                differences.add(new Difference(Difference.Kind.CITATIONS, i + 1, keysA, keysB, "paragraph " + (i + 1)
                        + " cites " + describe(keysA) + " in the first version and " + describe(keysB)
                        + " in the second"));
            }
        }
        return differences;
    }

    /** Whether both versions cite the same works in the same order, so their notes are numbered alike. */
    public static boolean citeInStep(String first, String second) {
        return keys(first).equals(keys(second));
    }

    /**
     * Where the two versions' citations, counted through the whole body, first part: "citation 2
     * is @a in the first version and @b in the second"; empty when they cite in step.
     */
    public static java.util.Optional<String> firstCitationApart(String first, String second) {
        List<String> a = keys(first);
        List<String> b = keys(second);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return java.util.Optional.of("citation " + (i + 1) + " is @" + a.get(i) + " in the first version and @"
                        + b.get(i) + " in the second");
            }
        }
        if (a.size() != b.size()) {
            return java.util.Optional.of("the first version cites " + a.size() + " time" + (a.size() == 1 ? "" : "s")
                    + ", the second " + b.size());
        }
        return java.util.Optional.empty();
    }

    /** The body's paragraphs: blocks of text between blank lines. */
    /** How many paragraphs a body has, counted as {@link #compare} counts them. */
    public static int paragraphCount(String body) {
        return paragraphs(body).size();
    }

    static List<String> paragraphs(String body) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINES.split(body.replace("\r\n", "\n").replace('\r', '\n'))) {
            if (!block.isBlank()) {
                paragraphs.add(block.strip());
            }
        }
        return paragraphs;
    }

    /** Every key the text cites, bracketed or as a link's target, in the order they stand. */
    static List<String> keys(String text) {
        Map<Integer, String> at = new TreeMap<>();
        Matcher bracketed = BRACKETED.matcher(text);
        while (bracketed.find()) {
            Matcher key = KEY_IN_BRACKETS.matcher(bracketed.group(1));
            while (key.find()) {
                at.put(bracketed.start(1) + key.start(1), key.group(1));
            }
        }
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            at.put(link.start(1), link.group(1));
        }
        return List.copyOf(at.values());
    }

    private static String describe(List<String> keys) {
        return keys.isEmpty() ? "nothing" : String.join(", ", keys.stream().map(k -> "@" + k).toList());
    }
}
