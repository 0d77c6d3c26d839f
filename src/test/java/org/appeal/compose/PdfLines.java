package org.appeal.compose;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's lines of text as PDFBox finds them from the glyphs' positions: each line with its page
 * and the baseline of its first glyph. Lines on one baseline in different columns (the CC label
 * and its entry) stay apart, since the stripper writes each text run on its own.
 */
public final class PdfLines {
    /** One line of text: its page (from 1), its baseline from the page's top, its text. */
    public record Line(int page, float y, String text) {
    }

    private PdfLines() {
    }

    public static List<Line> of(byte[] pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!positions.isEmpty() && !text.isBlank()) {
                        lines.add(new Line(getCurrentPageNo(), positions.get(0).getYDirAdj(), text.strip()));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return lines;
    }

    /** The lines of the pages {@code from} to {@code to} (from 1, inclusive). */
    public static List<Line> pages(List<Line> lines, int from, int to) {
        return lines.stream().filter(l -> l.page() >= from && l.page() <= to).toList();
    }
}
