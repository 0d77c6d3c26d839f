package org.appeal.compose;

import com.itextpdf.html2pdf.ConverterProperties;
import com.itextpdf.html2pdf.HtmlConverter;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.layout.Document;
import com.itextpdf.pdfa.PdfADocument;

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
 * HTML to PDF with iText pdfHTML, as PDF/A unless the options say otherwise. The font provider is
 * built once per converter: building it per letter costs about three times the conversion itself
 * (measured in STACK.md). Objects go into compressed object streams (PDF 1.5, which PDF/A-2 and -3
 * allow): the tagged structure of a letter with 5,000 signatories then takes 0.3 MB instead of 1.7.
 */
final class PdfConverter {
    private final Path templatesRoot;
    private final FontLibrary fonts;
    // Made on first use: a letter in Latin script needs only the Latin fonts (FontLibrary.latinProvider).
    private ConverterProperties latin;
    private ConverterProperties all;
    private final SrgbOutputIntent srgb = new SrgbOutputIntent();
    // pdfHTML caches font selections inside the provider; one conversion at a time keeps it consistent.
    private final ReentrantLock lock = new ReentrantLock();

    PdfConverter(Path templatesRoot, FontLibrary fonts) {
        this.templatesRoot = templatesRoot;
        this.fonts = fonts;
    }

    /** The properties for this letter's text; called with the lock held. */
    private ConverterProperties shared(String html) {
        if (fonts.latinCovers(html)) {
            if (latin == null) {
                latin = properties(fonts.latinProvider());
            }
            return latin;
        }
        if (all == null) {
            all = properties(fonts.provider());
        }
        return all;
    }

    private ConverterProperties properties(com.itextpdf.layout.font.FontProvider provider) {
        return new ConverterProperties().setFontProvider(provider).setCharset(StandardCharsets.UTF_8.name())
                .setBaseUri(templatesRoot.toUri().toString());
    }

    /**
     * @param attachments embedded as associated files; only PDF/A-3 (or a plain PDF) may carry them
     * @param endOfPage   called as each page is finished, before it is written, to draw on it (the
     *                    footnotes of that page); {@code null} for none
     */
    byte[] convert(String html, PdfMetadata metadata, RenderOptions options, List<PdfAttachment> attachments,
                   AbstractPdfDocumentEventHandler endOfPage) {
        return convert(html, metadata, options, attachments, endOfPage, pdf -> { });
    }

    /**
     * @param laidOut called once the whole letter is laid out, before the document is closed: the
     *                last moment to name destinations, which iText writes before it finishes the
     *                last pages (a name added while a page ends is lost)
     */
    byte[] convert(String html, PdfMetadata metadata, RenderOptions options, List<PdfAttachment> attachments,
                   AbstractPdfDocumentEventHandler endOfPage, java.util.function.Consumer<PdfDocument> laidOut) {
        PdfAConformance conformance = conformance(options.archival());
        if (!attachments.isEmpty() && conformance != null && !"3".equals(conformance.getPart())) {
            throw new IllegalArgumentException("PDF/A-" + conformance.getPart() + " cannot carry attached files");
        }
        List<Path> allowed = new ArrayList<>();
        allowed.add(templatesRoot);
        allowed.addAll(options.imageFolders());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        lock.lock();
        try {
            ConverterProperties properties = new ConverterProperties(shared(html))
                    .setResourceRetriever(new FolderResourceRetriever(allowed))
                    // Each page is drawn as soon as it is laid out, which finishes its tags: with
                    // immediate flush off, every element's tag waited until the close, and iText's tagging
                    // looked through all waiting tags at each new page (20,000 signatories: 24 s instead
                    // of 7). A PDF/A page itself stays in memory until the close, as PDF/A checking needs.
                    .setImmediateFlush(true);
            PdfDocument pdf = open(new PdfWriter(out, new WriterProperties().addXmpMetadata().setFullCompressionMode(true)), conformance);
            if (conformance != null) {
                properties.setPdfAConformance(conformance);
            }
            pdf.setDefaultPageSize(PageSize.A4);
            if (endOfPage != null) {
                pdf.addEventHandler(PdfDocumentEvent.END_PAGE, endOfPage);
            }
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            Document document = HtmlConverter.convertToDocument(
                    new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), pdf, properties);
            // After the conversion: pdfHTML sets the title from the HTML's <title>, and ours must win.
            describe(pdf.getDocumentInfo(), metadata);
            for (PdfAttachment file : attachments) {
                attach(pdf, file);
            }
            laidOut.accept(pdf);
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
        return out.toByteArray();
    }

    /**
     * Level A ("accessible"): pdfHTML tags the whole page content from the HTML's structure
     * (paragraphs, the CC table, lists) and marks page numbers as artifacts, and veraPDF accepts
     * the result as 2A and 3A (ArchivalPdfTest). Level A includes what level U guarantees, every
     * character mapped to Unicode, and adds a reading order that screen readers and text export use.
     */
    static PdfAConformance conformance(Archival archival) {
        return switch (archival) {
            case PDF_A_2 -> PdfAConformance.PDF_A_2A;
            case PDF_A_3_WITH_SIGNATORIES -> PdfAConformance.PDF_A_3A;
            case NONE -> null;
        };
    }

    private PdfDocument open(PdfWriter writer, PdfAConformance conformance) {
        return conformance == null ? new PdfDocument(writer) : new PdfADocument(writer, conformance, srgb.create());
    }

    /** PDF/A requires the XMP to agree with the Info dictionary; iText writes both from these values on close. */
    static void describe(PdfDocumentInfo info, PdfMetadata metadata) {
        info.setCreator("Appeal");
        if (!metadata.title().isEmpty()) {
            info.setTitle(metadata.title());
        }
        if (!metadata.author().isEmpty()) {
            info.setAuthor(metadata.author());
        }
        if (!metadata.subject().isEmpty()) {
            info.setSubject(metadata.subject());
        }
        if (!metadata.keywords().isEmpty()) {
            info.setKeywords(String.join(", ", metadata.keywords()));
        }
    }

    static void attach(PdfDocument pdf, PdfAttachment file) {
        // AFRelationship Data: the attachment is the data the letter's content is based on.
        PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, file.content(), file.description(), file.fileName(),
                new PdfName(file.mimeType()), null, PdfName.Data);
        pdf.addAssociatedFile(file.fileName(), spec);
    }
}
