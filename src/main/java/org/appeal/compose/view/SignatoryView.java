package org.appeal.compose.view;

import org.appeal.domain.Signatory;

/** A signatory as templates see it. */
public record SignatoryView(String name, String acronym, String title, String country) {
    public static SignatoryView of(Signatory s) {
        return new SignatoryView(s.name(), s.acronym(), s.title(), s.country());
    }
}
