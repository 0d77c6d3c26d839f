package org.appeal.compose.sign;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.action.PdfAction;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evil annotation attacks (Rohlmann et al., "Breaking the Specification: PDF Certification", 2021):
 * after a signature, an update adds an annotation (free text, a stamp, a white square, a form
 * field) over the page, or changes an existing annotation's appearance. None of these is a
 * signature, so each is reported, hidden or not: a flag asks viewers not to show an annotation,
 * and viewers differ in whether they listen. The letters are made up by the test.
 */
class EvilAnnotationAttackTest {
    private final SignatureVerifier verifier = new SignatureVerifier();

    private List<String> afterTheSignature(byte[] pdf) throws SigningException {
        VerificationReport report = verifier.verify(pdf);
        assertThat(report.allValid()).as(report.toString()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(check -> assertThat(check.intact()).isTrue());
        return report.signatures().get(0).laterChanges();
    }

    private byte[] withAnnotation(PdfName subtype, Rectangle box, String appearance, int flags) {
        byte[] signed = Signing.byAppeal(MadeUpPdf.letter().pdf());
        return Updates.append(signed, document -> {
            PdfDictionary annotation = Annotations.annotation(document, subtype, box,
                    appearance == null ? null : Annotations.appearance(box, appearance));
            annotation.put(PdfName.F, new PdfNumber(flags));
            annotation.put(PdfName.Contents, new PdfString(MadeUpPdf.OPPOSE));
            Annotations.addToPage(document.getPage(1), annotation);
        });
    }

    @Test
    void aFreeTextAnnotationOverTheTextIsAChange() throws SigningException {
        assertThat(afterTheSignature(withAnnotation(PdfName.FreeText, MadeUpPdf.TEXT, Annotations.OVERLAY, 4)))
                .containsExactly("revision 3: a FreeText annotation was added to page 1");
    }

    @Test
    void aStampIsAChange() throws SigningException {
        assertThat(afterTheSignature(withAnnotation(PdfName.Stamp, MadeUpPdf.TEXT,
                "q 1 0 0 RG 3 w 5 5 290 70 re S Q BT /Helv 24 Tf 20 30 Td (VOID) Tj ET", 4)))
                .containsExactly("revision 3: a Stamp annotation was added to page 1");
    }

    @Test
    void aWhiteSquareWithoutAnAppearanceIsAChange() throws SigningException {
        // No appearance: viewers draw it from /IC (interior colour), here white over the text.
        byte[] attacked = Updates.append(Signing.byAppeal(MadeUpPdf.letter().pdf()), document -> {
            PdfDictionary square = Annotations.annotation(document, PdfName.Square, MadeUpPdf.TEXT, null);
            square.put(PdfName.IC, new PdfArray(new float[] {1, 1, 1}));
            Annotations.addToPage(document.getPage(1), square);
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: a Square annotation was added to page 1");
    }

    @Test
    void aHiddenAnnotationIsStillAChange() throws SigningException {
        assertThat(afterTheSignature(withAnnotation(PdfName.FreeText, MadeUpPdf.TEXT, Annotations.OVERLAY, 2)))
                .containsExactly("revision 3: a FreeText annotation was added to page 1"
                        + " (hidden by its flags, which viewers do not all honour)");
    }

    @Test
    void anAnnotationHiddenFromTheScreenOnlyIsStillAChange() throws SigningException {
        // NoView (32) with Print (4): not on screen, but on paper.
        assertThat(afterTheSignature(withAnnotation(PdfName.Stamp, MadeUpPdf.TEXT, Annotations.OVERLAY, 36)))
                .containsExactly("revision 3: a Stamp annotation was added to page 1"
                        + " (hidden by its flags, which viewers do not all honour)");
    }

    @Test
    void anAnnotationWithABoxOfNoSizeIsStillAChange() throws SigningException {
        assertThat(afterTheSignature(withAnnotation(PdfName.Stamp, new Rectangle(72, 700, 0, 0), Annotations.OVERLAY, 4)))
                .containsExactly("revision 3: a Stamp annotation was added to page 1 (with a box of no size)");
    }

    @Test
    void aLinkIsAChange() throws SigningException {
        byte[] attacked = Updates.append(Signing.byAppeal(MadeUpPdf.letter().pdf()), document -> {
            PdfDictionary link = Annotations.annotation(document, PdfName.Link, MadeUpPdf.TEXT, null);
            link.put(PdfName.A, PdfAction.createURI("https://example.org/withdrawn").getPdfObject());
            Annotations.addToPage(document.getPage(1), link);
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: a Link annotation was added to page 1");
    }

    @Test
    void aTextFieldIsAChange() throws SigningException {
        byte[] attacked = Updates.append(Signing.byAppeal(MadeUpPdf.letter().pdf()), document -> {
            PdfDictionary field = Annotations.annotation(document, PdfName.Widget, MadeUpPdf.TEXT,
                    Annotations.appearance(MadeUpPdf.TEXT, Annotations.OVERLAY));
            field.put(PdfName.FT, PdfName.Tx);
            field.put(PdfName.T, new PdfString("Note"));
            field.put(PdfName.V, new PdfString(MadeUpPdf.OPPOSE));
            Annotations.addToPage(document.getPage(1), field);
            Annotations.addToForm(document, field);
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: form field 'Note' was added to page 1");
    }

    @Test
    void anAnnotationPreparedBeforeSigningAndAddedAfterIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.unusedNote("note"));
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document ->
                Annotations.addToPage(document.getPage(1), (PdfDictionary) document.getPdfObject(letter.object("note"))));

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: a FreeText annotation was added to page 1");
    }

    @Test
    void redrawingAnExistingAnnotationsAppearanceIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.square("square"));
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document -> {
            PdfStream appearance = (PdfStream) document.getPdfObject(letter.object("square-appearance"));
            appearance.setData(("q 1 g 0 0 200 50 re f Q BT /Helv 12 Tf 4 20 Td (" + MadeUpPdf.OPPOSE + ") Tj ET")
                    .getBytes(StandardCharsets.ISO_8859_1));
            appearance.setModified();
        });

        assertThat(afterTheSignature(attacked))
                .containsExactly("revision 3: the appearance of the Square annotation on page 1 changed");
    }

    @Test
    void givingAnExistingAnnotationAnotherAppearanceIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.square("square"));
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document -> {
            PdfDictionary square = (PdfDictionary) document.getPdfObject(letter.object("square"));
            PdfStream other = Annotations.appearance(MadeUpPdf.MARGIN, "q 1 g 0 0 200 50 re f Q");
            other.makeIndirect(document);
            PdfDictionary appearances = new PdfDictionary();
            appearances.put(PdfName.N, other);
            square.put(PdfName.AP, appearances);
            square.setModified();
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: the Square annotation on page 1 changed");
    }

    @Test
    void unhidingAnAnnotationIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.square("square"));
        byte[] signed = Signing.byAppeal(Updates.append(letter.pdf(), document -> {
            PdfDictionary square = (PdfDictionary) document.getPdfObject(letter.object("square"));
            square.put(PdfName.F, new PdfNumber(2));
            square.setModified();
        }));

        byte[] attacked = Updates.append(signed, document -> {
            PdfDictionary square = (PdfDictionary) document.getPdfObject(letter.object("square"));
            square.put(PdfName.F, new PdfNumber(4));
            square.setModified();
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 4: the Square annotation on page 1 changed");
    }
}
