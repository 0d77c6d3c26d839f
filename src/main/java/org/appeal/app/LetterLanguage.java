package org.appeal.app;

import org.appeal.domain.LetterDraft;

/**
 * A letter's own language, the one place the campaign settings screen reads and writes it: the
 * letter's {@link LetterDraft#language()}, empty meaning "the campaign's". A letter in another
 * language than its campaign's is how a translation of a letter is written (a bilingual letter).
 */
public final class LetterLanguage {
    private LetterLanguage() {
    }

    /** Whether a letter can be in another language than its campaign's. */
    public static boolean perLetter() {
        return true;
    }

    /** The letter's own language; empty means the campaign's. */
    public static String of(LetterDraft letter) {
        return letter.language();
    }

    /** The letter in {@code language} (empty: the campaign's). */
    public static LetterDraft with(LetterDraft letter, String language) {
        return letter.withLanguage(language);
    }
}
