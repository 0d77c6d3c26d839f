package org.appeal.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation or individual on the sign-on list. A signatory is never deleted: withdrawal is
 * recorded with its date so that earlier letters stay reproducible.
 *
 * @param position    place in the printed list (coalitions order lists by hand, not alphabetically)
 * @param acronym     printed after an organisation's name in parentheses, if any
 * @param title       an individual's title or affiliation, printed after the name
 * @param signedOn    day of sign-on, {@code null} when not known (an unknown date counts as signed)
 * @param withdrawnOn day of withdrawal, {@code null} when not withdrawn
 * @param signatureImage where the signature or logo image is: a path relative to the campaign's
 *                    folder (a bundle's folder), e.g. {@code images/hrw.png}; empty when there is none
 * @param alt         name, acronym and title in their second script (Hangul beside romanised, or
 *                    the reverse); {@link SignatoryText#NONE} when there is none
 */
public record Signatory(String id, Kind kind, int position, String name, String acronym, String title,
                        String country, LocalDate signedOn, LocalDate withdrawnOn, String signatureImage,
                        SignatoryText alt) {
    public enum Kind { ORGANISATION, INDIVIDUAL }

    public Signatory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        acronym = acronym == null ? "" : acronym;
        title = title == null ? "" : title;
        country = country == null ? "" : country;
        signatureImage = signatureImage == null ? "" : signatureImage;
        alt = alt == null ? SignatoryText.NONE : alt;
    }

    /** A signatory without a second script. */
    public Signatory(String id, Kind kind, int position, String name, String acronym, String title,
                     String country, LocalDate signedOn, LocalDate withdrawnOn, String signatureImage) {
        this(id, kind, position, name, acronym, title, country, signedOn, withdrawnOn, signatureImage,
                SignatoryText.NONE);
    }

    /** A signatory without a signature image. */
    public Signatory(String id, Kind kind, int position, String name, String acronym, String title,
                     String country, LocalDate signedOn, LocalDate withdrawnOn) {
        this(id, kind, position, name, acronym, title, country, signedOn, withdrawnOn, "", SignatoryText.NONE);
    }

    public boolean hasSignatureImage() {
        return !signatureImage.isEmpty();
    }

    public Optional<LocalDate> signedOnDate() {
        return Optional.ofNullable(signedOn);
    }

    public Optional<LocalDate> withdrawnOnDate() {
        return Optional.ofNullable(withdrawnOn);
    }

    /** Whether this signatory belongs on a letter that lists signatories as of {@code day}. */
    public boolean isSignedAsOf(LocalDate day) {
        boolean signed = signedOn == null || !signedOn.isAfter(day);
        boolean withdrawn = withdrawnOn != null && !withdrawnOn.isAfter(day);
        return signed && !withdrawn;
    }

    public Signatory withdrawn(LocalDate day) {
        return new Signatory(id, kind, position, name, acronym, title, country, signedOn, day, signatureImage, alt);
    }

    public Signatory withSignatureImage(String image) {
        return new Signatory(id, kind, position, name, acronym, title, country, signedOn, withdrawnOn, image, alt);
    }

    public Signatory withAlt(SignatoryText text) {
        return new Signatory(id, kind, position, name, acronym, title, country, signedOn, withdrawnOn,
                signatureImage, text);
    }

    /**
     * The signatory as a letter in {@code script} prints them: each field in that script where it
     * has a form in it, else in the other; the result has no second script left.
     */
    public Signatory printedIn(Script script) {
        return new Signatory(id, kind, position, script.pick(name, alt.name()), script.pick(acronym, alt.acronym()),
                script.pick(title, alt.title()), country, signedOn, withdrawnOn, signatureImage, SignatoryText.NONE);
    }

    /** Whether the lower-case {@code needle} occurs in any of its words, in either script (for search). */
    public boolean mentions(String needle) {
        String all = String.join(" ", name, acronym, title, country, alt.name(), alt.acronym(), alt.title());
        return all.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    /** The same signatory at another place in the printed list. */
    public Signatory withPosition(int newPosition) {
        return new Signatory(id, kind, newPosition, name, acronym, title, country, signedOn, withdrawnOn, signatureImage);
    }
}
