package org.appeal.compose.view;

import java.util.List;

/**
 * The signatory block: the as-of date as the letter prints it and the two lists.
 *
 * @param asOf the as-of date, formatted in the letter's language
 */
public record SignatoriesView(String asOf, List<SignatoryView> organisations, List<SignatoryView> individuals) {
    public SignatoriesView {
        organisations = List.copyOf(organisations);
        individuals = List.copyOf(individuals);
    }
}
