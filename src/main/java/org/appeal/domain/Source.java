package org.appeal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document that evidence quotes from: a UN document, a press release, a report.
 *
 * @param symbol     UN document symbol if it has one (e.g. "A/79/105"), else empty
 * @param paragraphs the text split into numbered paragraphs, so that evidence can cite "para. 8":
 *                   {@code paragraphs().get(n - 1)} is paragraph n. When the document numbers its own
 *                   paragraphs (UN documents do), n is the document's own number and the stored text
 *                   leaves the number out; otherwise its paragraphs are numbered 1, 2, ... in order
 * @param unnumbered the text of a self-numbered document that is in none of its numbered paragraphs
 *                   (a covering note before paragraph 1, say), block by block in document order, so that
 *                   a quote from it can still be found; empty when every paragraph is in {@code paragraphs}
 */
public record Source(String id, String title, String issuingBody, String symbol, LocalDate date, String url,
                     List<String> paragraphs, List<String> unnumbered) {
    public Source {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        issuingBody = issuingBody == null ? "" : issuingBody;
        symbol = symbol == null ? "" : symbol;
        url = url == null ? "" : url;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        unnumbered = unnumbered == null ? List.of() : List.copyOf(unnumbered);
    }

    /** A source all of whose text is in its numbered paragraphs. */
    public Source(String id, String title, String issuingBody, String symbol, LocalDate date, String url,
                  List<String> paragraphs) {
        this(id, title, issuingBody, symbol, date, url, paragraphs, List.of());
    }

    /** Paragraph {@code number} ("para. 8" is 8), empty when the source has no such paragraph. */
    public Optional<String> paragraph(int number) {
        return number >= 1 && number <= paragraphs.size() ? Optional.of(paragraphs.get(number - 1)) : Optional.empty();
    }
}
