package org.appeal.compose;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import com.itextpdf.kernel.utils.PdfMerger;
import com.itextpdf.kernel.utils.PdfMergerProperties;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Rendered letters joined into one PDF, one after the other, each keeping its pages, tags and
 * links: a bilingual letter. The result is PDF/A (or plain) as the parts are; the document's
 * language is the first part's, and every part's tags carry its own language, so a screen reader
 * reads each in its language.
 */
final class PdfParts {
    private final SrgbOutputIntent srgb = new SrgbOutputIntent();

    /**
     * @param parts     the parts' PDFs, each rendered at the same archival level
     * @param languages each part's language
     */
    byte[] join(List<byte[]> parts, List<String> languages, PdfMetadata metadata, Archival archival,
                List<PdfAttachment> attachments) {
        PdfAConformance conformance = PdfConverter.conformance(archival);
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        PdfWriter writer = new PdfWriter(out, new WriterProperties().addXmpMetadata());
        try (PdfDocument pdf = conformance == null ? new PdfDocument(writer)
                : new PdfADocument(writer, conformance, srgb.create())) {
            pdf.setTagged();
            pdf.getCatalog().setLang(new PdfString(languages.get(0)));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            PdfMerger merger = new PdfMerger(pdf, new PdfMergerProperties().setMergeTags(true)
                    .setMergeOutlines(false).setCloseSrcDocuments(true));
            for (int i = 0; i < parts.size(); i++) {
                int before = pdf.getStructTreeRoot().getKids().size();
                PdfDocument part = new PdfDocument(new PdfReader(new ByteArrayInputStream(parts.get(i))));
                merger.merge(part, 1, part.getNumberOfPages());
                List<IStructureNode> kids = pdf.getStructTreeRoot().getKids();
                for (IStructureNode kid : kids.subList(before, kids.size())) {
                    if (kid instanceof PdfStructElem element) {
                        element.setLang(new PdfString(languages.get(i)));
                    }
                }
            }
            PdfConverter.describe(pdf.getDocumentInfo(), metadata);
            for (PdfAttachment file : attachments) {
                PdfConverter.attach(pdf, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
