package org.appeal.compose;

import com.itextpdf.html2pdf.ConverterProperties;
import com.itextpdf.html2pdf.HtmlConverter;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * HTML to PDF with iText pdfHTML. The font provider is built once: building it per letter costs
 * about three times the conversion itself (measured in STACK.md).
 */
final class PdfConverter {
    private final Path templatesRoot;
    private final ConverterProperties shared;
    // pdfHTML caches font selections inside the provider; one conversion at a time keeps it consistent.
    private final ReentrantLock lock = new ReentrantLock();

    PdfConverter(Path templatesRoot, FontLibrary fonts) {
        this.templatesRoot = templatesRoot;
        this.shared = new ConverterProperties()
                .setFontProvider(fonts.provider())
                .setCharset(StandardCharsets.UTF_8.name())
                .setBaseUri(templatesRoot.toUri().toString());
    }

    byte[] convert(String html, String title, List<Path> imageFolders) {
        return convert(html, title, imageFolders, null);
    }

    /**
     * @param endOfPage called as each page is finished, before it is written, to draw on it (the
     *                  footnotes of that page); {@code null} for none
     */
    byte[] convert(String html, String title, List<Path> imageFolders, AbstractPdfDocumentEventHandler endOfPage) {
        List<Path> allowed = new ArrayList<>();
        allowed.add(templatesRoot);
        allowed.addAll(imageFolders);
        ConverterProperties properties = new ConverterProperties(shared)
                .setResourceRetriever(new FolderResourceRetriever(allowed));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        lock.lock();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().addXmpMetadata()))) {
            pdf.setDefaultPageSize(PageSize.A4);
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(title);
            info.setCreator("Appeal");
            if (endOfPage != null) {
                pdf.addEventHandler(PdfDocumentEvent.END_PAGE, endOfPage);
            }
            HtmlConverter.convertToPdf(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), pdf, properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
        return out.toByteArray();
    }
}
