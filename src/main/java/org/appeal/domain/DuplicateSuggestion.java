package org.appeal.domain;

import java.util.Objects;

/**
 * Two signatories that may be the same organisation or person. Only a suggestion: staff decide,
 * and nothing is merged until they do.
 *
 * @param a           the one that comes first in the list that was checked
 * @param b           the other one, of the same kind as {@code a}
 * @param reason      which rule found them
 * @param explanation why, in words a person can check against the two names
 */
public record DuplicateSuggestion(Signatory a, Signatory b, Reason reason, String explanation) {
    public enum Reason {
        /** The names differ only in case, punctuation, spacing or a trailing "(ACRONYM)". */
        SAME_NORMALISED_NAME,
        /** One organisation's acronym or initials is the other's name or acronym. */
        ACRONYM_MATCH,
        /** One signatory gives its name in Hangul and romanised, and the other matches one of those forms. */
        HANGUL_ROMANISED,
        /** The same Korean name romanised differently (Kim/Gim, Lee/Yi) or in the other name order. */
        ROMANISATION_VARIANT
    }

    public DuplicateSuggestion {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(reason, "reason");
        explanation = explanation == null ? "" : explanation;
        if (a.kind() != b.kind()) {
            throw new IllegalArgumentException("an organisation and an individual are never the same signatory");
        }
    }
}
