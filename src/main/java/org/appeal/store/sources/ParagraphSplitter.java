package org.appeal.store.sources;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document's text into the paragraphs evidence cites as "para. n".
 *
 * <p>A document that numbers its own paragraphs keeps its numbering (see {@link NumberedParagraphs}):
 * paragraph 8 is the document's paragraph 8, and the text outside numbered paragraphs is kept apart
 * as unnumbered. Any other document is cut at blank lines and numbered 1, 2, ... in order; in plain
 * text a block of long lines gives one paragraph per line (see {@link SourceFormat#TEXT}). Headings
 * and rules are never paragraphs. Paragraph text is kept exactly as written, line breaks included,
 * apart from the paragraph number of a self-numbered document and trailing white space.
 */
public final class ParagraphSplitter {
    /**
     * No one wraps text by hand wider than this; a longer line that is not a block's last was
     * written as a whole paragraph.
     */
    private static final int WRAP_WIDTH = 100;

    /** @param text the document's text with {@code \n} line breaks */
    public SplitText split(String text, SourceFormat format) {
        List<TextBlock> blocks = TextBlocks.of(text);
        return NumberedParagraphs.read(blocks).orElseGet(() -> inOrder(blocks, format));
    }

    private static SplitText inOrder(List<TextBlock> blocks, SourceFormat format) {
        List<String> paragraphs = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (format.linesMayBeParagraphs() && hasLongLines(block)) {
                block.lines().stream().filter(line -> !line.isBlank()).map(String::stripTrailing).forEach(paragraphs::add);
            } else {
                paragraphs.add(block.text().stripTrailing());
            }
        }
        return new SplitText(paragraphs, List.of(), false);
    }

    private static boolean hasLongLines(TextBlock block) {
        List<String> lines = block.lines();
        return lines.subList(0, lines.size() - 1).stream()
                .anyMatch(line -> line.codePointCount(0, line.length()) > WRAP_WIDTH);
    }
}
