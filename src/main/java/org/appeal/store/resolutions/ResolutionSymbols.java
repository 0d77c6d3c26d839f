package org.appeal.store.resolutions;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * General Assembly resolution symbols as Appeal stores them: "A/RES/79/181", whether a file wrote
 * that, "a/res/79/181" or the short "79/181". Emergency special and special sessions
 * ("A/RES/ES-10/21", "S-27/2") and the early numbering ("A/RES/181(II)") are kept as they are.
 */
public final class ResolutionSymbols {
    private static final String PREFIX = "A/RES/";
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    /** What follows "A/RES/": session/number, or number(ROMAN SESSION) before 1976, then any suffix ("[A]"). */
    private static final Pattern AFTER_PREFIX =
            Pattern.compile("(?:(?:ES-|S-)?\\d+/\\d+|\\d+\\([IVXLC]+\\))[A-Z0-9()\\[\\]/.-]*");
    private static final Pattern NOT_ID_CHARACTERS = Pattern.compile("[^a-z0-9]+");

    private ResolutionSymbols() {
    }

    /** The stored form, or empty when the text is not a General Assembly resolution symbol. */
    public static Optional<String> normalise(String text) {
        // Symbols have no spaces; files and people add them ("A/RES/ 79/181", "181 (II)").
        String s = WHITESPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        String rest = s.startsWith(PREFIX) ? s.substring(PREFIX.length()) : s;
        return AFTER_PREFIX.matcher(rest).matches() ? Optional.of(PREFIX + rest) : Optional.empty();
    }

    /** The record id for a normalised symbol, as bundles name resolutions: "A/RES/79/181" gives "a-res-79-181". */
    public static String id(String symbol) {
        String id = NOT_ID_CHARACTERS.matcher(symbol.toLowerCase(Locale.ROOT)).replaceAll("-");
        return id.replaceAll("^-+|-+$", "");
    }
}
