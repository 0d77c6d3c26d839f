package org.appeal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document that evidence quotes from: a UN document, a press release, a report.
 *
 * @param symbol     UN document symbol if it has one (e.g. "A/79/105"), else empty
 * @param paragraphs the text split into numbered paragraphs, so that evidence can cite "para. 8"
 */
public record Source(String id, String title, String issuingBody, String symbol, LocalDate date, String url,
                     List<String> paragraphs) {
    public Source {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        issuingBody = issuingBody == null ? "" : issuingBody;
        symbol = symbol == null ? "" : symbol;
        url = url == null ? "" : url;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }
}
