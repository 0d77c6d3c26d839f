package org.appeal.store.sources;

import java.util.List;

/**
 * Consecutive lines of text between blank lines, headings or rules.
 *
 * @param firstLine    1-based line of the document where the block starts
 * @param afterHeading whether a heading or rule stands between this block and the text before it
 */
record TextBlock(List<String> lines, int firstLine, boolean afterHeading) {
    TextBlock {
        lines = List.copyOf(lines);
    }

    String text() {
        return String.join("\n", lines);
    }
}
