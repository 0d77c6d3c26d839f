package org.appeal.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a state co-sponsored a resolution of a UN body in a given year. The exact day and the
 * resolution symbol are often not stated by sources, so both may be absent; the year is required.
 *
 * @param state            the state, as the campaign names it ("Republic of Korea")
 * @param date             day of the decision if known, else {@code null}
 * @param resolutionSymbol symbol if known, else empty
 * @param source           where the fact comes from (a source id or a short reference)
 */
public record Sponsorship(String id, String state, UnBody body, int year, LocalDate date,
                          String resolutionSymbol, boolean cosponsored, String source) {
    public Sponsorship {
        Objects.requireNonNull(id, "id");
        state = state == null ? "" : state;
        Objects.requireNonNull(body, "body");
        if (date != null && date.getYear() != year) {
            throw new IllegalArgumentException("date " + date + " is not in year " + year);
        }
        resolutionSymbol = resolutionSymbol == null ? "" : resolutionSymbol;
        source = source == null ? "" : source;
    }
}
