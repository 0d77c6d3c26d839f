package org.appeal.compose.sign;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.annot.PdfTextAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What someone might do to a signed letter, for the verifier to catch. */
public final class Tamper {
    private Tamper() {
    }

    /** Flips one byte inside the (compressed) content stream of {@code page}, leaving the file's structure intact. */
    public static byte[] flipByteInPageContent(byte[] pdf, int page) {
        int objectNumber;
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            PdfStream content = document.getPage(page).getFirstContentStream();
            objectNumber = content.getIndirectReference().getObjNumber();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int object = text.indexOf("\n" + objectNumber + " 0 obj");
        int stream = text.indexOf("stream", object) + "stream".length();
        if (object < 0 || stream < object) {
            throw new IllegalStateException("content stream of page " + page + " not found");
        }
        byte[] tampered = pdf.clone();
        int at = stream + 20;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        return tampered;
    }

    /** Appends an incremental update that writes {@code text} on page 1, as an editor would. */
    public static byte[] appendText(byte[] pdf, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            new PdfCanvas(document.getFirstPage())
                    .beginText()
                    .setFontAndSize(PdfFontFactory.createFont(StandardFonts.HELVETICA), 12)
                    .moveText(72, 760)
                    .showText(text)
                    .endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Appends an incremental update that only adds a sticky note to page 1. */
    public static byte[] appendNote(byte[] pdf, String note) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            document.getFirstPage().addAnnotation(new PdfTextAnnotation(new Rectangle(72, 700, 20, 20))
                    .setContents(new PdfString(note)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
