package org.appeal.domain;

import java.time.LocalDate;

/**
 * Two records of the same signatory made one: the kept record wins where it has a value, the other
 * fills its blanks; the earlier sign-on date stands (they signed when they first signed); a
 * withdrawal stands only if both records are withdrawn.
 */
public final class SignatoryMerge {
    private SignatoryMerge() {
    }

    public static Signatory of(Signatory keep, Signatory other) {
        return new Signatory(keep.id(), keep.kind(), Math.min(keep.position(), other.position()),
                either(keep.name(), other.name()), either(keep.acronym(), other.acronym()),
                either(keep.title(), other.title()), either(keep.country(), other.country()),
                earlier(keep.signedOn(), other.signedOn()),
                keep.withdrawnOn() != null && other.withdrawnOn() != null ? later(keep.withdrawnOn(), other.withdrawnOn()) : null,
                either(keep.signatureImage(), other.signatureImage()),
                new SignatoryText(either(keep.alt().name(), other.alt().name()),
                        either(keep.alt().acronym(), other.alt().acronym()),
                        either(keep.alt().title(), other.alt().title())));
    }

    private static String either(String kept, String other) {
        return kept.isBlank() ? other : kept;
    }

    /** An unknown date counts as signed from the start, so it wins. */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return null;
        }
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
