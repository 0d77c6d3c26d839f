package org.appeal.domain;

import java.time.LocalDate;
import java.util.List;

/** The signatories a letter prints, organisations and individuals in their own lists. */
public record SignatoriesAsOf(LocalDate asOf, List<Signatory> organisations, List<Signatory> individuals) {
    public SignatoriesAsOf {
        organisations = List.copyOf(organisations);
        individuals = List.copyOf(individuals);
    }

    public int count() {
        return organisations.size() + individuals.size();
    }
}
