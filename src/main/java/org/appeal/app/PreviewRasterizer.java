package org.appeal.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

/**
 * Turns the PDF that would be sent into page images for the preview: the preview shows exactly
 * the PDF, never a separate HTML rendering that could differ from it.
 */
public final class PreviewRasterizer {
    /** A page, as PDFBox drew it. */
    public record Page(int number, int count, BufferedImage image) {
    }

    public interface PageSink {
        void accept(Page page);
    }

    private final float dpi;

    public PreviewRasterizer(float dpi) {
        this.dpi = dpi;
    }

    /**
     * Draws pages in order, handing each over as soon as it is drawn so the first page shows
     * before the last is ready; stops early when {@code cancelled} says so.
     */
    public void rasterize(byte[] pdf, PageSink sink, BooleanSupplier cancelled) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int count = document.getNumberOfPages();
            for (int i = 0; i < count && !cancelled.getAsBoolean(); i++) {
                sink.accept(new Page(i + 1, count, renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the rendered PDF could not be read back for the preview", e);
        }
    }

    /** Pixels per inch of the page images: a page's width in points is its image's width × 72 / dpi. */
    public float dpi() {
        return dpi;
    }

    /** Draws a blank page once, so the first real preview does not pay PDFBox's start-up. */
    public void warmUp(byte[] anyPdf) {
        rasterize(anyPdf, page -> { }, () -> false);
    }

}
