package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;

/**
 * A few attacked letters, ready made for tests outside this package (the command line's): each
 * is a made-up letter signed by Appeal, then changed by an update. Built as in the attack tests.
 */
public final class Attacks {
    private Attacks() {
    }

    /** A made-up letter signed invisibly by Appeal, with nothing after the signature. */
    public static byte[] signed() {
        return Signing.byAppeal(MadeUpPdf.letter().pdf());
    }

    /** The case: an unsigned signature field whose appearance paints other words over page 1. */
    public static byte[] unsignedFieldOverTheText() {
        return Updates.append(signed(), document -> {
            PdfDictionary widget = Annotations.signatureWidget(document, "Sneaky", MadeUpPdf.TEXT,
                    Annotations.appearance(MadeUpPdf.TEXT, Annotations.OVERLAY));
            Annotations.addToPage(document.getPage(1), widget);
            Annotations.addToForm(document, widget);
        });
    }

    /** A letter whose only "signature" is a field with a byte range and no signature value at all. */
    public static byte[] forgedSignature() {
        return Updates.append(MadeUpPdf.letter().pdf(), document -> {
            PdfDictionary value = new PdfDictionary();
            value.put(PdfName.Type, PdfName.Sig);
            value.put(PdfName.Filter, PdfName.Adobe_PPKLite);
            value.put(PdfName.ByteRange,
                    new PdfArray(new int[] {0, 100, 200, 300}));
            value.makeIndirect(document);
            PdfDictionary widget = Annotations.signatureWidget(document, "Forged", MadeUpPdf.MARGIN,
                    Annotations.appearance(MadeUpPdf.MARGIN, "BT /Helv 10 Tf 4 20 Td (Signed: Trusted Ministry) Tj ET"));
            widget.put(PdfName.V, value);
            Annotations.addToPage(document.getPage(1), widget);
            Annotations.addToForm(document, widget);
        });
    }

    /** A real signature whose byte range leaves 60 bytes after its value unsigned (signature wrapping). */
    public static byte[] wrappedSignature() {
        return CustomSignature.sign(MadeUpPdf.letter().pdf(), Signing.second(),
                CustomSignature.newField("Signature1", MadeUpPdf.MARGIN, null),
                (gapStart, gapEnd, length) -> new long[] {0, gapStart, gapEnd + 60, length - gapEnd - 60});
    }
}
