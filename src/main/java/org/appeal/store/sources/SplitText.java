package org.appeal.store.sources;

import java.util.List;

/**
 * A document's text as paragraphs.
 *
 * @param paragraphs         {@code paragraphs.get(n - 1)} is "para. n"
 * @param unnumbered         text of a self-numbered document outside its numbered paragraphs, block by block
 * @param numberedByDocument whether n is the document's own paragraph number rather than a count
 */
public record SplitText(List<String> paragraphs, List<String> unnumbered, boolean numberedByDocument) {
    public SplitText {
        paragraphs = List.copyOf(paragraphs);
        unnumbered = List.copyOf(unnumbered);
    }
}
