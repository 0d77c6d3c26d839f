package org.appeal.domain;

import java.text.Normalizer;

/**
 * A quote and a source's text in the form the quote check compares them in. Writers type straight
 * quotes where the document has curly ones (and the other way round), and a document's line breaks
 * fall anywhere; neither makes a quote less verbatim. Source texts kept as Markdown escape some
 * punctuation ({@code \$1.9 million}); the backslash is not part of the words either.
 */
final class QuoteText {
    private QuoteText() {
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1))) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(straight(c));
        }
        return out.toString();
    }

    private static char straight(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            default -> c;
        };
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
