package org.appeal.compose.sign;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.cert.Certificate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sneaky signature attacks (Rohlmann et al., "Breaking the Specification: PDF Certification", 2021):
 * after a signature, an update adds a signature field, signed or not, whose appearance shows other
 * words over the page. Only a signature of the update itself, drawn inside its own box and over
 * nothing on the page, counts as "only signatures". Every letter here is made up by the test.
 */
class SneakySignatureAttackTest {
    private final SignatureVerifier verifier = new SignatureVerifier();

    /** The made-up letter, signed invisibly by Appeal: revision 2 of the file. */
    private byte[] signed(MadeUpPdf.Preparation... preparations) {
        return Signing.byAppeal(MadeUpPdf.letter(preparations).pdf());
    }

    /** What verification says came after the first signature; the whole file must fail. */
    private List<String> afterFirstSignature(byte[] pdf) throws SigningException {
        VerificationReport report = verifier.verify(pdf);
        assertThat(report.allValid()).as(report.toString()).isFalse();
        SignatureCheck first = report.signatures().get(0);
        assertThat(first.intact()).as("the first signature's own bytes are untouched").isTrue();
        return first.laterChanges();
    }

    private byte[] signedBy(byte[] pdf, Rectangle box, PdfStream appearance) {
        return CustomSignature.sign(pdf, Signing.second(),
                CustomSignature.newField("Signature2", box, appearance), CustomSignature.PROPER);
    }

    @Test
    void anUnsignedSignatureFieldPaintingOverThePageIsNotASignature() throws SigningException {
        byte[] attacked = Attacks.unsignedFieldOverTheText();

        assertThat(afterFirstSignature(attacked)).containsExactly(
                "revision 3: signature field 'Sneaky' on page 1 shows on the page but holds no signature",
                "revision 3: the box of signature field 'Sneaky' on page 1 covers text");
    }

    @Test
    void anUnsignedSignatureFieldOnlyInThePagesAnnotationsIsNotASignature() throws SigningException {
        byte[] attacked = Updates.append(signed(), document -> Annotations.addToPage(document.getPage(1),
                Annotations.signatureWidget(document, "Sneaky", MadeUpPdf.MARGIN,
                        Annotations.appearance(MadeUpPdf.MARGIN, "BT /Helv 12 Tf 4 20 Td (Approved by the Ministry) Tj ET"))));

        assertThat(afterFirstSignature(attacked)).containsExactly(
                "revision 3: signature field 'Sneaky' on page 1 shows on the page but holds no signature");
    }

    @Test
    void hidingFlagsDoNotExcuseAnUnsignedSignatureFieldThatPaints() throws SigningException {
        byte[] attacked = Updates.append(signed(), document -> {
            PdfDictionary widget = Annotations.signatureWidget(document, "Sneaky", MadeUpPdf.TEXT,
                    Annotations.appearance(MadeUpPdf.TEXT, Annotations.OVERLAY));
            // Hidden (2): some viewers honour it, some do not; the field holds no signature either way.
            widget.put(PdfName.F, new PdfNumber(2));
            Annotations.addToPage(document.getPage(1), widget);
            Annotations.addToForm(document, widget);
        });

        assertThat(afterFirstSignature(attacked))
                .contains("revision 3: signature field 'Sneaky' on page 1 shows on the page but holds no signature");
    }

    @Test
    void anUnsignedSignatureFieldWithOnlyABackgroundColourIsNotASignature() throws SigningException {
        // No appearance at all: Poppler then draws the widget from /MK, a white box over the text.
        byte[] attacked = Updates.append(signed(), document -> {
            PdfDictionary widget = Annotations.signatureWidget(document, "Sneaky", MadeUpPdf.TEXT, null);
            PdfDictionary characteristics = new PdfDictionary();
            characteristics.put(PdfName.BG, new PdfArray(new float[] {1}));
            widget.put(PdfName.MK, characteristics);
            Annotations.addToPage(document.getPage(1), widget);
            Annotations.addToForm(document, widget);
        });

        assertThat(afterFirstSignature(attacked)).containsExactly(
                "revision 3: signature field 'Sneaky' on page 1 shows on the page but holds no signature",
                "revision 3: the box of signature field 'Sneaky' on page 1 covers text");
    }

    @Test
    void aValidSignatureWhoseBoxCoversThePageTextIsNotOnlyASignature() throws SigningException {
        byte[] attacked = signedBy(signed(), MadeUpPdf.TEXT, Annotations.appearance(MadeUpPdf.TEXT, Annotations.OVERLAY));

        VerificationReport report = verifier.verify(attacked);
        assertThat(report.signatures().get(1).intact()).as("the second signature itself is genuine").isTrue();
        assertThat(afterFirstSignature(attacked))
                .containsExactly("revision 3: the box of signature field 'Signature2' on page 1 covers text");
    }

    @Test
    void aValidSignatureWhoseAppearanceDrawsOutsideItsBoxIsNotOnlyASignature() throws SigningException {
        // The box sits in the empty margin; its appearance paints a white sheet and new words far above it.
        String outside = "q 1 g -300 600 600 120 re f Q BT /Helv 14 Tf -288 680 Td (" + MadeUpPdf.OPPOSE + ") Tj ET";

        byte[] attacked = signedBy(signed(), MadeUpPdf.MARGIN, Annotations.appearance(MadeUpPdf.MARGIN, outside));

        assertThat(afterFirstSignature(attacked)).containsExactly(
                "revision 3: the appearance of signature field 'Signature2' on page 1 draws outside its box");
    }

    @Test
    void aValidSignatureWhoseAppearanceDrawsAnOverlayPreparedBeforeSigningIsNotOnlyASignature() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.unusedOverlay("overlay"));
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = CustomSignature.sign(signed, Signing.second(), (document, value) -> {
            PdfStream appearance = Annotations.appearance(MadeUpPdf.MARGIN, "q 1 0 0 1 -360 -20 cm /Ov Do Q");
            PdfDictionary xobjects = new PdfDictionary();
            xobjects.put(new PdfName("Ov"), document.getPdfObject(letter.object("overlay")));
            appearance.getAsDictionary(PdfName.Resources).put(PdfName.XObject, xobjects);
            CustomSignature.newField("Signature2", MadeUpPdf.MARGIN, appearance).place(document, value);
        }, CustomSignature.PROPER);

        assertThat(afterFirstSignature(attacked)).containsExactly(
                "revision 3: the appearance of signature field 'Signature2' on page 1 draws outside its box");
    }

    @Test
    void aValidSignatureWhoseAppearancePaintsAShadingIsNotOnlyASignature() throws SigningException {
        // "sh" fills whatever the clipping leaves; a viewer that does not clip to the box fills the page.
        byte[] attacked = signedBy(signed(), MadeUpPdf.MARGIN, Annotations.appearance(MadeUpPdf.MARGIN, "/Sh0 sh"));

        assertThat(afterFirstSignature(attacked)).containsExactly(
                "revision 3: the appearance of signature field 'Signature2' on page 1 draws outside its box");
    }

    @Test
    void aValidSignatureWhoseAppearanceDrawsItselfIsNotOnlyASignature() throws SigningException {
        byte[] attacked = CustomSignature.sign(signed(), Signing.second(), (document, value) -> {
            PdfStream appearance = Annotations.appearance(MadeUpPdf.MARGIN, "/Me Do");
            appearance.makeIndirect(document);
            PdfDictionary xobjects = new PdfDictionary();
            xobjects.put(new PdfName("Me"), appearance);
            appearance.getAsDictionary(PdfName.Resources).put(PdfName.XObject, xobjects);
            CustomSignature.newField("Signature2", MadeUpPdf.MARGIN, appearance).place(document, value);
        }, CustomSignature.PROPER);

        assertThat(afterFirstSignature(attacked)).containsExactly("revision 3: the appearance of signature field"
                + " 'Signature2' on page 1 cannot be read: its form XObject /Me draws itself");
    }

    @Test
    void aSignatureWithNoBoxThatStillDrawsIsNotOnlyASignature() throws SigningException {
        PdfStream appearance = CustomSignature.appearance(new Rectangle(0, 0, 300, 80), Annotations.OVERLAY);

        byte[] attacked = signedBy(signed(), new Rectangle(0, 0, 0, 0), appearance);

        assertThat(afterFirstSignature(attacked)).containsExactly(
                "revision 3: signature field 'Signature2' on page 1 draws on the page although its box has no size");
    }

    @Test
    void aSignatureBoxOverAnEarlierSignatureBoxIsNotOnlyASignature() throws SigningException {
        byte[] first = new PdfSigner(SamplePdf.fonts()).sign(MadeUpPdf.letter().pdf(), Signing.first(),
                SignatureAppearance.visible(null, null));
        Rectangle over = new Rectangle(400, 20, 150, 40);

        byte[] attacked = signedBy(first, over, Annotations.appearance(over, "q 1 g 0 0 150 40 re f Q"));

        assertThat(afterFirstSignature(attacked)).containsExactly(
                "revision 3: the box of signature field 'Signature2' on page 1 covers signature field 'Signature1'");
    }

    @Test
    void signingAFieldPreparedOverTheTextIsNotOnlyASignature() throws Exception {
        MadeUpPdf.Letter letter = MadeUpPdf.letter((document, page, objects) -> {
            PdfDictionary widget = Annotations.signatureWidget(document, "Prepared", MadeUpPdf.TEXT,
                    Annotations.appearance(MadeUpPdf.TEXT, ""));
            Annotations.addToPage(page, widget);
            Annotations.addToForm(document, widget);
        });
        byte[] signed = Signing.byAppeal(letter.pdf());
        SigningKey key = Signing.second();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(signed)), out)
                .setStampingProperties(new StampingProperties().useAppendMode())
                .signWithBaselineBProfile(new SignerProperties().setFieldName("Prepared")
                                .setSignatureAppearance(new SignatureFieldAppearance("Prepared").setContent(MadeUpPdf.OPPOSE)),
                        key.chain().toArray(new Certificate[0]), key.privateKey());

        VerificationReport report = verifier.verify(out.toByteArray());
        assertThat(report.signatures()).extracting(SignatureCheck::fieldName).containsExactly("Signature1", "Prepared");
        assertThat(report.signatures().get(1).intact()).isTrue();
        assertThat(afterFirstSignature(out.toByteArray()))
                .containsExactly("revision 3: the box of signature field 'Prepared' on page 1 covers text");
    }
}
