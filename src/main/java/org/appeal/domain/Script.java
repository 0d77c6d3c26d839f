package org.appeal.domain;

import java.util.List;
import java.util.Locale;

/**
 * The script a letter prints names in. A recipient or signatory may carry a second form of each
 * printed field (Hangul beside the romanised one, or the reverse); a Korean letter prints the
 * Hangul form, any other letter the romanised one, and each falls back to the other form when only
 * that one is there. Which form is which is read from the text itself, so neither needs a label.
 */
public enum Script {
    HANGUL,
    LATIN;

    /** Hangul for Korean ({@code ko}, {@code ko-KR}), the romanised forms for every other language. */
    public static Script of(String language) {
        String primary = language == null ? "" : language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return primary.equals("ko") ? HANGUL : LATIN;
    }

    /** Of a field's two forms, the one in this script; the other when only it is there or neither is in this script. */
    public String pick(String form, String other) {
        if (other == null || other.isBlank()) {
            return form;
        }
        if (form == null || form.isBlank()) {
            return other;
        }
        boolean formHangul = hasHangul(form);
        boolean otherHangul = hasHangul(other);
        if (this == HANGUL) {
            return formHangul || !otherHangul ? form : other;
        }
        return !formHangul || otherHangul ? form : other;
    }

    /** The same for a field of several lines (an address), judged as a whole. */
    public List<String> pick(List<String> form, List<String> other) {
        String chosen = pick(String.join("\n", form), String.join("\n", other));
        return chosen.equals(String.join("\n", form)) ? form : other;
    }

    static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }
}
