package org.appeal.domain;

import java.util.Objects;

/**
 * A quote taken from a source, cited in letters by its key (e.g. {@code [@rok-pledges-2024]}).
 *
 * @param pinpoint where in the source the quote stands, {@code null} if the whole source is cited
 */
public record Evidence(String citationKey, String sourceId, String quote, Pinpoint pinpoint) {
    public Evidence {
        Objects.requireNonNull(citationKey, "citationKey");
        Objects.requireNonNull(sourceId, "sourceId");
        quote = quote == null ? "" : quote;
    }
}
