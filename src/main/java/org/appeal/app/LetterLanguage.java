package org.appeal.app;

import org.appeal.domain.LetterDraft;

/**
 * A letter's own language, the one place that reads and writes it, so that the campaign settings
 * screen edits it without knowing how a letter keeps it. In this version a letter has no language
 * of its own: every letter is in its campaign's language ({@link #perLetter()} is false, a letter's
 * own language is always empty, meaning "the campaign's"). When {@code LetterDraft} carries one
 * (bilingual letters), these three methods read and write it, and nothing else changes.
 */
public final class LetterLanguage {
    private LetterLanguage() {
    }

    /** Whether a letter can be in another language than its campaign's. */
    public static boolean perLetter() {
        return false;
    }

    /** The letter's own language; empty means the campaign's. */
    public static String of(LetterDraft letter) {
        return "";
    }

    /** The letter in {@code language} (empty: the campaign's). */
    public static LetterDraft with(LetterDraft letter, String language) {
        if (!language.isEmpty()) {
            throw new IllegalArgumentException("a letter cannot have a language of its own in this version: every "
                    + "letter is in its campaign's language");
        }
        return letter;
    }
}
