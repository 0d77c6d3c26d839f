package org.appeal.domain;

/**
 * A key a duplicate rule files a signatory under. Signatories with equal keys are compared only
 * when the rule pairs their roles (an acronym against a name, say), which keeps the work linear in
 * the list's length instead of comparing every name with every other.
 *
 * @param value what must be equal, already normalised
 * @param role  what part of the signatory the key came from
 * @param shown that part as written, for the explanation
 */
record NameKey(String value, Role role, String shown) {
    enum Role {
        /** The name itself. */
        NAME,
        /** The acronym field or a trailing "(ACRONYM)" of the name. */
        ACRONYM,
        /** The initials of the name's significant words. */
        INITIALS,
        /** One form of a name written in both Hangul and Latin letters. */
        BILINGUAL
    }
}
