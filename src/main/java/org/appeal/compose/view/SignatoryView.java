package org.appeal.compose.view;

import org.appeal.domain.Signatory;

/**
 * A signatory as templates see it.
 *
 * @param signatureImage the signature or logo image as a {@code file:} URI for {@code <img src>};
 *                       empty when the signatory has none
 */
public record SignatoryView(String name, String acronym, String title, String country, String signatureImage) {
    public SignatoryView(String name, String acronym, String title, String country) {
        this(name, acronym, title, country, "");
    }

    public static SignatoryView of(Signatory s, String signatureImageUri) {
        return new SignatoryView(s.name(), s.acronym(), s.title(), s.country(), signatureImageUri);
    }
}
