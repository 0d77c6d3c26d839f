package org.appeal.store.signon;

import java.text.Normalizer;

/**
 * The text of a cell as Appeal keeps it: NFC (macOS tools write Hangul decomposed, NFD, which looks
 * the same but compares unequal) with every run of whitespace, line breaks and no-break spaces from
 * Excel included, made one space, and none at either end. Names are printed on one line in a
 * letter, so a line break inside a quoted cell is only a stray.
 */
final class CellText {
    private CellText() {
    }

    static String clean(String raw) {
        String text = isSurelyNfc(raw) || Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFC);
        return isTidy(text) ? text : collapse(text);
    }

    /**
     * Below U+0300, where combining marks begin, every character is NFC as it stands: the usual
     * cell needs no normaliser.
     */
    private static boolean isSurelyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The common case, checked without copying: no space at the ends, only single plain spaces inside. */
    private static boolean isTidy(String text) {
        int last = text.length() - 1;
        boolean previousSpace = true;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (space && (c != ' ' || previousSpace || i == last)) {
                return false;
            }
            previousSpace = space;
        }
        return true;
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
