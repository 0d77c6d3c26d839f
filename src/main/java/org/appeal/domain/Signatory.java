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
 */
public record Signatory(String id, Kind kind, int position, String name, String acronym, String title,
                        String country, LocalDate signedOn, LocalDate withdrawnOn, String signatureImage) {
    public enum Kind { ORGANISATION, INDIVIDUAL }

    public Signatory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        acronym = acronym == null ? "" : acronym;
        title = title == null ? "" : title;
        country = country == null ? "" : country;
        signatureImage = signatureImage == null ? "" : signatureImage;
    }

    /** A signatory without a signature image. */
    public Signatory(String id, Kind kind, int position, String name, String acronym, String title,
                     String country, LocalDate signedOn, LocalDate withdrawnOn) {
        this(id, kind, position, name, acronym, title, country, signedOn, withdrawnOn, "");
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
        return new Signatory(id, kind, position, name, acronym, title, country, signedOn, day, signatureImage);
    }

    public Signatory withSignatureImage(String image) {
        return new Signatory(id, kind, position, name, acronym, title, country, signedOn, withdrawnOn, image);
    }

    /** The same signatory at another place in the printed list. */
    public Signatory withPosition(int newPosition) {
        return new Signatory(id, kind, newPosition, name, acronym, title, country, signedOn, withdrawnOn, signatureImage);
    }
}
