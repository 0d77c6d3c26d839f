package org.appeal.compose;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import java.awt.geom.Rectangle2D;
import java.io.IOException;

/** Reads a PDF's text back the way a reader sees it, without the page-number footer area. */
public final class PdfText {
    /** Height of the bottom strip that holds page numbers (the layout's bottom margin is 24 mm). */
    private static final float FOOTER_POINTS = 60f;

    private PdfText() {
    }

    public static String withoutFooters(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.setSortByPosition(true);
                stripper.addRegion("content", new Rectangle2D.Float(0, 0, width, height - FOOTER_POINTS));
                stripper.extractRegions(page);
                text.append(stripper.getTextForRegion("content")).append('\n');
            }
        }
        return text.toString();
    }

    public static String footers(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.addRegion("footer", new Rectangle2D.Float(0, height - FOOTER_POINTS, width, FOOTER_POINTS));
                stripper.extractRegions(page);
                text.append('[').append(stripper.getTextForRegion("footer").strip()).append(']');
            }
        }
        return text.toString();
    }
}
