package org.appeal.compose.sign;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;

import java.nio.charset.StandardCharsets;

/** Annotations and widgets written with iText's low-level objects, as an attacker would write them. */
final class Annotations {
    /** Paints a white box over the whole appearance and writes {@link MadeUpPdf#OPPOSE} in it. */
    static final String OVERLAY = "q 1 g 0 0 300 80 re f Q BT /Helv 14 Tf 2 60 Td (" + MadeUpPdf.OPPOSE + ") Tj ET";

    private Annotations() {
    }

    /** An annotation of {@code subtype} at {@code box}, with {@code appearance} as its normal appearance (or none). */
    static PdfDictionary annotation(PdfDocument document, PdfName subtype, Rectangle box, PdfStream appearance) {
        PdfDictionary annotation = new PdfDictionary();
        annotation.put(PdfName.Type, PdfName.Annot);
        annotation.put(PdfName.Subtype, subtype);
        annotation.put(PdfName.Rect, new PdfArray(box));
        annotation.put(PdfName.F, new PdfNumber(4));
        annotation.put(PdfName.P, document.getPage(1).getPdfObject());
        if (appearance != null) {
            appearance.makeIndirect(document);
            PdfDictionary appearances = new PdfDictionary();
            appearances.put(PdfName.N, appearance);
            annotation.put(PdfName.AP, appearances);
        }
        annotation.makeIndirect(document);
        return annotation;
    }

    /** A signature field merged with its widget, holding no value yet. */
    static PdfDictionary signatureWidget(PdfDocument document, String name, Rectangle box, PdfStream appearance) {
        PdfDictionary widget = annotation(document, PdfName.Widget, box, appearance);
        widget.put(PdfName.FT, PdfName.Sig);
        widget.put(PdfName.T, new PdfString(name));
        return widget;
    }

    /** An appearance the size of {@code box} that draws {@code content}; /Helv is Helvetica. */
    static PdfStream appearance(Rectangle box, String content) {
        return CustomSignature.appearance(new Rectangle(0, 0, box.getWidth(), box.getHeight()), content);
    }

    static void addToPage(PdfPage page, PdfDictionary annotation) {
        PdfArray annots = page.getPdfObject().getAsArray(PdfName.Annots);
        if (annots == null) {
            annots = new PdfArray();
            page.getPdfObject().put(PdfName.Annots, annots);
        }
        annots.add(annotation);
        annots.setModified();
        page.getPdfObject().setModified();
    }

    /** Adds a field to the form's /Fields, creating the form when the document has none. */
    static void addToForm(PdfDocument document, PdfDictionary field) {
        PdfDictionary catalog = document.getCatalog().getPdfObject();
        PdfDictionary form = catalog.getAsDictionary(PdfName.AcroForm);
        if (form == null) {
            form = new PdfDictionary();
            form.put(PdfName.Fields, new PdfArray());
            form.makeIndirect(document);
            catalog.put(PdfName.AcroForm, form);
            catalog.setModified();
        }
        if (PdfName.Sig.equals(field.getAsName(PdfName.FT))) {
            form.put(PdfName.SigFlags, new PdfNumber(PdfAcroForm.SIGNATURE_EXIST | PdfAcroForm.APPEND_ONLY));
        }
        PdfArray fields = form.getAsArray(PdfName.Fields);
        fields.add(field);
        fields.setModified();
        form.setModified();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
