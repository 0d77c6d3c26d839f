package org.appeal.compose.sign;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.LtvVerification;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What still counts as "only signatures" after a signature: another signature (in a new field or
 * in an empty field prepared earlier), its box drawn inside its own rectangle, validation data
 * (DSS) and a document timestamp. Each is built here with iText, as another signing tool would.
 */
class LegitimateUpdatesTest {
    @TempDir
    Path temp;

    private final PdfSigner appeal = new PdfSigner(SamplePdf.fonts());
    private final SignatureVerifier verifier = new SignatureVerifier();

    private SigningKey key(String organisation) throws SigningException {
        return SigningKey.load(TestKeys.keystore(temp, organisation), TestKeys.PASSWORD.toCharArray());
    }

    private byte[] signedLetter() throws SigningException {
        return appeal.sign(SamplePdf.letter(), key("Example Rights Watch"), SignatureAppearance.visible("Co-signing", "Seoul"));
    }

    @Test
    void threeOrganisationsSigningVisiblyInTurnAreOnlySignatures() throws SigningException {
        byte[] pdf = signedLetter();
        pdf = appeal.sign(pdf, key("Sample Rights Network"), SignatureAppearance.visible(null, "London"));
        pdf = appeal.sign(pdf, key("북한인권시민연합"), SignatureAppearance.visible(null, "Seoul"));

        VerificationReport report = verifier.verify(pdf);

        assertThat(report.signatures()).allSatisfy(check -> assertThat(check.valid()).as(check.toString()).isTrue());
        assertThat(report.allValid()).isTrue();
    }

    @Test
    void signingAnEmptyFieldPreparedEarlierIsOnlyASignature() throws Exception {
        byte[] prepared = Updates.append(SamplePdf.letter(), document -> {
            PdfSignatureFormField field = new SignatureFormFieldBuilder(document, "Prepared")
                    .setWidgetRectangle(new Rectangle(40, 12, 200, 54)).setPage(3).createSignature();
            field.getFirstFormAnnotation().getPdfObject().put(PdfName.AP, emptyAppearance(document));
            PdfAcroForm.getAcroForm(document, true).addField(field, document.getPage(3));
        });
        byte[] signedOnce = appeal.sign(prepared, key("Example Rights Watch"), SignatureAppearance.invisible(null, null));

        byte[] signedTwice = padesSign(signedOnce, "Prepared", 3, new Rectangle(40, 12, 200, 54));

        VerificationReport report = verifier.verify(signedTwice);
        assertThat(report.signatures()).extracting(SignatureCheck::fieldName).containsExactly("Signature1", "Prepared");
        assertThat(report.signatures().get(0).laterChanges()).isEmpty();
        assertThat(report.allValid()).as(report.toString()).isTrue();
    }

    @Test
    void signingAPreparedFieldWhoseWidgetIsAKidIsOnlyASignature() throws Exception {
        Rectangle box = new Rectangle(40, 12, 200, 54);
        // Written by hand: a signature field with its widget as a kid, as some form tools prepare it.
        byte[] prepared = Updates.append(SamplePdf.letter(), document -> {
            PdfDictionary field = new PdfDictionary();
            field.put(PdfName.FT, PdfName.Sig);
            field.put(PdfName.T, new PdfString("Prepared"));
            field.makeIndirect(document);
            PdfDictionary widget = Annotations.annotation(document, PdfName.Widget, box, null);
            widget.put(PdfName.P, document.getPage(3).getPdfObject());
            widget.put(PdfName.AP, emptyAppearance(document));
            widget.put(PdfName.Parent, field);
            field.put(PdfName.Kids, new PdfArray(widget));
            Annotations.addToPage(document.getPage(3), widget);
            Annotations.addToForm(document, field);
        });
        byte[] signedOnce = appeal.sign(prepared, key("Example Rights Watch"), SignatureAppearance.invisible(null, null));

        VerificationReport report = verifier.verify(padesSign(signedOnce, "Prepared", 3, box));

        assertThat(report.signatures()).extracting(SignatureCheck::fieldName).containsExactly("Signature1", "Prepared");
        assertThat(report.signatures().get(0).laterChanges()).isEmpty();
        assertThat(report.allValid()).as(report.toString()).isTrue();
    }

    @Test
    void aSignatureWhoseBoxIsDrawnInsideItsOwnRectangleIsOnlyASignature() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter();
        byte[] signed = appeal.sign(letter.pdf(), key("Example Rights Watch"), SignatureAppearance.invisible(null, null));
        Rectangle box = MadeUpPdf.MARGIN;
        String content = "q 0.5 w 0 0 1 RG 1 1 198 48 re S BT /Helv 10 Tf 6 20 Td (Sample Rights Network) Tj ET Q";

        byte[] twice = CustomSignature.sign(signed, key("Sample Rights Network"),
                CustomSignature.newField("Signature2", box, CustomSignature.appearance(
                        new Rectangle(0, 0, box.getWidth(), box.getHeight()), content)), CustomSignature.PROPER);

        VerificationReport report = verifier.verify(twice);
        assertThat(report.signatures()).hasSize(2);
        assertThat(report.allValid()).as(report.toString()).isTrue();
    }

    @Test
    void validationDataAppendedLaterIsNotAChange() throws Exception {
        byte[] signed = signedLetter();
        Certificate certificate = key("Example Rights Watch").certificate();

        byte[] withDss = Updates.append(signed, document -> {
            LtvVerification ltv = new LtvVerification(document);
            try {
                ltv.addVerification("Signature1", List.of(), List.of(), List.of(certificate.getEncoded()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            ltv.merge();
        });

        VerificationReport report = verifier.verify(withDss);
        assertThat(report.revisions()).isEqualTo(3);
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.revision()).isEqualTo(2);
            assertThat(check.laterChanges()).isEmpty();
        });
        assertThat(report.allValid()).isTrue();
    }

    @Test
    void aDocumentTimestampAppendedLaterIsOnlyASignature() throws Exception {
        byte[] signed = signedLetter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.itextpdf.signatures.PdfSigner timestamper = new com.itextpdf.signatures.PdfSigner(
                new PdfReader(new ByteArrayInputStream(signed)), out,
                new StampingProperties().useAppendMode());

        timestamper.timestamp(new TestTimestampAuthority(), "Timestamp1");

        VerificationReport report = verifier.verify(out.toByteArray());
        assertThat(report.signatures()).extracting(SignatureCheck::fieldName).containsExactly("Signature1", "Timestamp1");
        assertThat(report.signatures().get(1).timestamp()).isTrue();
        assertThat(report.signatures().get(1).signer()).isEqualTo("Made-up Time Stamping Authority");
        assertThat(report.allValid()).as(report.toString()).isTrue();
    }

    @Test
    void validationDataAndATimestampTogetherAreOnlySignatures() throws Exception {
        byte[] signed = signedLetter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(signed)), out)
                .setOcspClient((certificate, issuer, url) -> null)
                .setCrlClient((certificate, url) -> List.of())
                .prolongSignatures(new TestTimestampAuthority());

        VerificationReport report = verifier.verify(out.toByteArray());
        assertThat(report.revisions()).isGreaterThanOrEqualTo(3);
        assertThat(report.allValid()).as(report.toString()).isTrue();
    }

    /** Signs an existing field with iText's own PAdES signer, as another organisation's software would. */
    private byte[] padesSign(byte[] pdf, String field, int page, Rectangle box) throws Exception {
        SigningKey key = key("Sample Rights Network");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignerProperties properties = new SignerProperties().setFieldName(field).setPageNumber(page).setPageRect(box)
                // The letter is PDF/A: the box's text must be in an embedded font, as Appeal's own box is.
                .setSignatureAppearance(new SignatureBox(SamplePdf.fonts()).appearance(field, List.of("Sample Rights Network"), box));
        new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
                .setStampingProperties(new StampingProperties().useAppendMode())
                .signWithBaselineBProfile(properties, key.chain().toArray(new Certificate[0]), key.privateKey());
        return out.toByteArray();
    }

    /** What a form tool gives an unsigned signature field: an appearance that draws nothing (PDF/A asks for one). */
    private static PdfDictionary emptyAppearance(PdfDocument document) {
        PdfStream appearance = CustomSignature.appearance(new Rectangle(0, 0, 200, 54), "");
        appearance.makeIndirect(document);
        PdfDictionary appearances = new PdfDictionary();
        appearances.put(PdfName.N, appearance);
        return appearances;
    }
}
