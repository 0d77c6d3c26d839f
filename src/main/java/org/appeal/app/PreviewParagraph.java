package org.appeal.app;

import org.appeal.compose.BodyParagraphs;
import org.appeal.compose.LetterBlocks;
import org.appeal.compose.PrintedWords;
import org.appeal.compose.RenderedLetter;

import java.util.List;
import java.util.Optional;

/**
 * Which paragraph of the body a point of the preview shows: the printed line under the point (from
 * the PDF's text positions), the block of the letter that line belongs to (by its words, see
 * {@link LetterBlocks}), and the stretch of the body's text that printed that block.
 */
public final class PreviewParagraph {
    private PreviewParagraph() {
    }

    /**
     * @param letter    the rendered letter the preview shows
     * @param body      the body's text that letter was rendered from
     * @param pageIndex the page, from 0
     * @param y         the point's height on the page, in points from its top
     * @return the paragraph's stretch of {@code body}, or empty when the point is not on a line the body printed
     *         (the address, the signatories, a page number, the margin)
     */
    public static Optional<BodyParagraphs.Range> at(RenderedLetter letter, String body, int pageIndex, double y) {
        List<PrintedLines.Line> lines = PrintedLines.of(letter.pdf(), pageIndex);
        Optional<Integer> clicked = PrintedLines.lineAt(lines, y);
        if (clicked.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> words = lines.stream().map(l -> PrintedWords.of(l.text())).toList();
        List<BodyParagraphs.Range> paragraphs = BodyParagraphs.of(body);
        return LetterBlocks.blockOf(words, clicked.get(), LetterBlocks.of(letter.html(), body))
                .filter(LetterBlocks.Block::inBody)
                .filter(block -> block.paragraph() < paragraphs.size())
                .map(block -> paragraphs.get(block.paragraph()));
    }
}
