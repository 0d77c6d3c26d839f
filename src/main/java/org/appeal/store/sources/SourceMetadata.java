package org.appeal.store.sources;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the person importing a document says about it. Only the id is required; an absent title is
 * taken from the document (its first heading, else its first line).
 *
 * @param symbol UN document symbol ("A/79/105"), if it has one
 */
public record SourceMetadata(String id, String title, String issuingBody, String symbol, LocalDate date,
                             String url) {
    public SourceMetadata {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a source needs an id");
        }
        title = title == null ? "" : title.strip();
        issuingBody = issuingBody == null ? "" : issuingBody.strip();
        symbol = symbol == null ? "" : symbol.strip();
        url = url == null ? "" : url.strip();
    }

    /** Metadata with nothing but the id. */
    public static SourceMetadata withId(String id) {
        return new SourceMetadata(id, null, null, null, null, null);
    }
}
