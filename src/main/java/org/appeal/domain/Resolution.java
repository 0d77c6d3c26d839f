package org.appeal.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A UN resolution.
 *
 * @param symbol    official document symbol, e.g. "A/RES/79/181"
 * @param session   session number, {@code null} when unknown
 * @param adoptedOn adoption day, {@code null} when unknown
 */
public record Resolution(String id, String symbol, UnBody body, Integer session, LocalDate adoptedOn,
                         String title, Adoption adoption, String source) {
    public enum Adoption { RECORDED_VOTE, WITHOUT_VOTE, UNKNOWN }

    public Resolution {
        Objects.requireNonNull(id, "id");
        symbol = symbol == null ? "" : symbol;
        Objects.requireNonNull(body, "body");
        title = title == null ? "" : title;
        adoption = adoption == null ? Adoption.UNKNOWN : adoption;
        source = source == null ? "" : source;
    }
}
