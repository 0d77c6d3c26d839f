package org.appeal.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The CSL locale (terms such as "accessed", date forms) a letter's notes are written in, from the
 * locales jar: British English for English letters, as the notes have always been, {@code ko-KR}
 * for Korean, and for another language its own tag or the first region of it the jar has.
 */
final class CitationLocale {
    /** English notes keep the British forms they had ("19 December 2023"). */
    static final String ENGLISH = "en-GB";

    private CitationLocale() {
    }

    /** The locale for the letter's language; empty when the locales jar has none for it. */
    static Optional<String> of(String language) {
        String tag = language == null ? "" : language.strip();
        String primary = tag.split("-")[0].toLowerCase(Locale.ROOT);
        if (primary.equals("en") && !tag.contains("-")) {
            return Optional.of(ENGLISH);
        }
        Set<String> supported = supported();
        if (supported.contains(tag)) {
            return Optional.of(tag);
        }
        return supported.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(primary + "-")).sorted()
                .findFirst();
    }

    private static Set<String> supported() {
        try {
            return de.undercouch.citeproc.CSL.getSupportedLocales();
        } catch (IOException e) {
            throw new UncheckedIOException("the CSL locales are not on the class path", e);
        }
    }
}
