package org.appeal.store.signon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What two names must share to be the same signatory: letters and digits only, lower case, in NFKC
 * (which also unifies NFD Hangul and full-width letters). "Foo Org.", "FOO-ORG" and "foo org" are
 * one signatory; "Société" and "Societe" are two, since accents can tell organisations apart.
 */
final class NameKey {
    private NameKey() {
    }

    static String of(String name) {
        String normal = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
        String text = normal.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return key.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
