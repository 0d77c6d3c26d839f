package org.appeal.compose;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as a page prints them, for finding which part of a letter a printed line belongs to:
 * letters and digits only, lower case, ligatures and full-width forms undone (NFKC), so that the
 * PDF's text, the letter's HTML and the body's own words compare alike whatever the punctuation,
 * quotes, hyphens, spacing or line breaks.
 */
public final class PrintedWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private PrintedWords() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** What a stretch is looked for by: each word with the next ({@code "of korea"}), or the word of a one-word stretch. */
    public static Set<String> query(List<String> words) {
        Set<String> pairs = new HashSet<>();
        if (words.size() == 1) {
            pairs.add(words.get(0));
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(words.get(i) + " " + words.get(i + 1));
        }
        return pairs;
    }

    /** What a stretch is found by: its words and each word with the next. */
    public static Set<String> index(List<String> words) {
        Set<String> all = query(words);
        all.addAll(words);
        return all;
    }

    /** How much of a {@link #query} is found in an {@link #index}: 0 to 1. */
    public static double share(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        long found = part.stream().filter(whole::contains).count();
        return (double) found / part.size();
    }
}
