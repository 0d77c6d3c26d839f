package org.appeal.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of text a PDF page prints and where they stand, read back with PDFBox: what is under
 * a point of the preview's page image.
 */
public final class PrintedLines {
    /**
     * One printed line, in points from the page's top left corner.
     *
     * @param top    the top of its tallest glyph
     * @param bottom its baseline
     */
    public record Line(String text, double left, double right, double top, double bottom) {
        /** How far a point's height is from the line: 0 on it. */
        double distance(double y) {
            return y < top ? top - y : Math.max(0, y - bottom - (bottom - top) * 0.3);
        }
    }

    private PrintedLines() {
    }

    /** The lines of page {@code pageIndex} (from 0), top to bottom. */
    public static List<Line> of(byte[] pdf, int pageIndex) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Reader reader = new Reader();
            reader.setSortByPosition(true);
            reader.setStartPage(pageIndex + 1);
            reader.setEndPage(pageIndex + 1);
            reader.getText(document);
            reader.endLine();
            return reader.lines;
        } catch (IOException e) {
            throw new UncheckedIOException("the previewed PDF could not be read back", e);
        }
    }

    /**
     * The line at height {@code y}, or the nearest within a line's height: a click between two lines of a
     * paragraph, or beside a line in the margin, still finds it. Empty where nothing is printed.
     */
    public static Optional<Integer> lineAt(List<Line> lines, double y) {
        int nearest = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (nearest < 0 || lines.get(i).distance(y) < lines.get(nearest).distance(y)) {
                nearest = i;
            }
        }
        if (nearest < 0) {
            return Optional.empty();
        }
        Line line = lines.get(nearest);
        return line.distance(y) <= Math.max(3, line.bottom() - line.top()) ? Optional.of(nearest) : Optional.empty();
    }

    /** Collects the stripper's words into lines. */
    private static final class Reader extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private double left = Double.MAX_VALUE;
        private double right = -Double.MAX_VALUE;
        private double top = Double.MAX_VALUE;
        private double bottom = -Double.MAX_VALUE;

        Reader() throws IOException {
        }

        @Override
        protected void writeString(String word, List<TextPosition> positions) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(word);
            for (TextPosition p : positions) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
            }
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        void endLine() {
            if (!text.toString().isBlank() && top <= bottom) {
                lines.add(new Line(text.toString(), left, right, top, bottom));
            }
            text.setLength(0);
            left = Double.MAX_VALUE;
            right = -Double.MAX_VALUE;
            top = Double.MAX_VALUE;
            bottom = -Double.MAX_VALUE;
        }
    }
}
