package org.appeal.store.bundle;

import java.util.regex.Pattern;

/** Which strings a letter body can cite as {@code [@key]}; the renderer's parser reads the same shape. */
final class CitationKeys {
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.:/-]*[\\p{L}\\p{N}_])?");

    private CitationKeys() {
    }

    static boolean isValid(String key) {
        return KEY.matcher(key).matches();
    }
}
