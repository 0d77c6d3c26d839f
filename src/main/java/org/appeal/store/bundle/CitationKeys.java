package org.appeal.store.bundle;

/** Which strings a letter body can cite as {@code [@key]}: the domain's rule, for the bundle's tables. */
final class CitationKeys {
    private CitationKeys() {
    }

    static boolean isValid(String key) {
        return org.appeal.domain.CitationKeys.isValid(key);
    }
}
