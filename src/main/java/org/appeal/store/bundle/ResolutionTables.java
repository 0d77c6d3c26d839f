package org.appeal.store.bundle;

import org.appeal.domain.Resolution;
import org.appeal.domain.Sponsorship;

import java.util.List;

/** The rows of a bundle's {@code resolutions.csv} and {@code sponsorships.csv}. */
public record ResolutionTables(List<Resolution> resolutions, List<Sponsorship> sponsorships) {
    public ResolutionTables {
        resolutions = List.copyOf(resolutions);
        sponsorships = List.copyOf(sponsorships);
    }
}
