package org.appeal.domain;

import java.util.regex.Pattern;

/**
 * Which strings a letter body can cite as {@code [@key]}: letters, digits and {@code _}, with
 * {@code - . : /} inside. Sources are cited by their id, evidence by its key; the renderer's parser
 * reads the same shape.
 */
public final class CitationKeys {
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.:/-]*[\\p{L}\\p{N}_])?");

    private CitationKeys() {
    }

    public static boolean isValid(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /**
     * A key made from a title or symbol ("A/79/105" gives "a-79-105"): lower case, runs of anything
     * else than letters and digits become one {@code -}; empty when nothing is left.
     */
    public static String suggest(String from) {
        return from == null ? "" : from.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
    }
}
