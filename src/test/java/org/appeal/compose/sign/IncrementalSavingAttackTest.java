package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incremental saving attacks (Mladenov et al., CCS 2019): after a signature, an update appended
 * to the file changes what the pages show, leaving the signed bytes untouched. Each update is
 * written with iText's low-level objects in append mode, or by hand where iText would not write
 * it. The letters are the sample campaign's and made-up ones.
 */
class IncrementalSavingAttackTest {
    private final SignatureVerifier verifier = new SignatureVerifier();

    private List<String> afterTheSignature(byte[] pdf) throws SigningException {
        VerificationReport report = verifier.verify(pdf);
        assertThat(report.allValid()).as(report.toString()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(check -> assertThat(check.intact()).isTrue());
        return report.signatures().get(0).laterChanges();
    }

    @Test
    void rewritingThePageContentStreamIsAChange() throws SigningException {
        byte[] signed = Signing.byAppeal(SamplePdf.letter());

        byte[] attacked = Updates.append(signed, document -> {
            PdfStream content = document.getPage(1).getFirstContentStream();
            content.setData(("BT /F1 12 Tf 72 700 Td (" + MadeUpPdf.OPPOSE + ") Tj ET").getBytes(StandardCharsets.ISO_8859_1));
            content.setModified();
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: the content of page 1 changed");
    }

    @Test
    void writingOnThePageIsAChange() throws SigningException {
        byte[] signed = Signing.byAppeal(SamplePdf.letter());

        byte[] attacked = Tamper.appendText(signed, MadeUpPdf.OPPOSE);

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: page 1 changed (/Contents, /Resources)");
    }

    @Test
    void changingThePageResourcesIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter();
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document -> {
            PdfDictionary page = document.getPage(1).getPdfObject();
            PdfDictionary fonts = page.getAsDictionary(PdfName.Resources).getAsDictionary(PdfName.Font);
            PdfDictionary courier = new PdfDictionary();
            courier.put(PdfName.Type, PdfName.Font);
            courier.put(PdfName.Subtype, PdfName.Type1);
            courier.put(PdfName.BaseFont, new PdfName("Courier"));
            courier.makeIndirect(document);
            fonts.put(fonts.keySet().iterator().next(), courier);
            page.setModified();
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: page 1 changed (/Resources)");
    }

    @Test
    void replacingAFontOfTheSignedLetterIsAChange() throws SigningException {
        byte[] signed = Signing.byAppeal(SamplePdf.letter());

        byte[] attacked = Updates.append(signed, document -> {
            PdfDictionary fonts = document.getPage(1).getResources().getResource(PdfName.Font);
            PdfDictionary font = fonts.getAsDictionary(fonts.keySet().iterator().next());
            font.put(PdfName.BaseFont, new PdfName("Courier"));
            font.setModified();
        });

        assertThat(afterTheSignature(attacked)).singleElement()
                .satisfies(change -> assertThat(change).matches("revision 3: font /\\S+ of page 1 changed"));
    }

    @Test
    void aNewCatalogWithANewPageTreeInTheTrailerIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter();
        byte[] signed = Signing.byAppeal(letter.pdf());
        int next = 100;
        String content = "BT /F1 14 Tf 72 700 Td (" + MadeUpPdf.OPPOSE + ") Tj ET";

        // A whole new document appended by hand: catalog, page tree, page, content; the trailer points at it.
        byte[] attacked = Updates.raw(signed)
                .object(next, "<</Type/Catalog/Pages " + (next + 1) + " 0 R>>")
                .object(next + 1, "<</Type/Pages/Kids[" + (next + 2) + " 0 R]/Count 1>>")
                .object(next + 2, "<</Type/Page/Parent " + (next + 1) + " 0 R/MediaBox[0 0 595 842]/Contents " + (next + 3)
                        + " 0 R/Resources<</Font<</F1 " + letter.object("font") + " 0 R>>>>>>")
                .object(next + 3, "<</Length " + content.length() + ">>\nstream\n" + content + "\nendstream")
                .trailer("Root", next + " 0 R")
                .write();

        VerificationReport report = verifier.verify(attacked);
        assertThat(report.hasSignatures()).as("the new catalog has no form: the file no longer shows any signature").isFalse();
        assertThat(report.allValid()).isFalse();
    }

    @Test
    void anUpdateWithoutACrossReferenceSectionIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter();
        byte[] signed = Signing.byAppeal(letter.pdf());

        // Objects and "%%EOF" only: iText ignores them, but readers that repair files pick them up.
        byte[] attacked = Updates.raw(signed)
                .object(letter.object("cover"), "<</Length 0>>\nstream\n\nendstream")
                .withoutCrossReference()
                .write();

        assertThat(afterTheSignature(attacked)).singleElement().satisfies(change -> assertThat(change)
                .matches("after revision 2: \\d+ bytes that belong to no revision \\(readers that repair files may still show them\\)"));
    }

    @Test
    void deletingAnObjectIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter();
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document ->
                document.getPdfObject(letter.object("cover")).getIndirectReference().setFree());

        assertThat(afterTheSignature(attacked)).contains("revision 3: the content of page 1 was deleted");
    }

    @Test
    void changingTheTitleIsAChange() throws SigningException {
        byte[] signed = Signing.byAppeal(SamplePdf.letter());

        byte[] attacked = Updates.append(signed, document -> document.getDocumentInfo().setTitle("Letter withdrawn"));

        assertThat(afterTheSignature(attacked)).contains("revision 3: the document information changed (/Title)");
    }

    @Test
    void aSecondUnsignedUpdateAfterAnAcceptedOneIsStillCaught() throws SigningException {
        byte[] twice = Signing.byAppeal(Signing.byAppeal(SamplePdf.letter()));

        byte[] attacked = Updates.append(twice, document -> document.getDocumentInfo().setSubject("We oppose"));

        VerificationReport report = verifier.verify(attacked);
        assertThat(report.signatures()).hasSize(2).allSatisfy(check -> assertThat(check.laterChanges())
                .containsExactly("revision 4: the document information changed (/Subject)",
                        "revision 4: the XMP metadata changed beyond its modification date and producer"));
    }

    @Test
    void aFileWhoseCrossReferenceIsBrokenFailsEverySignature() throws SigningException {
        byte[] attacked = Updates.append(Signing.byAppeal(MadeUpPdf.letter().pdf()),
                document -> document.getDocumentInfo().setTitle("Letter withdrawn"));
        // Point the last "startxref" at nothing: readers then rebuild the table from whatever objects they find.
        String text = new String(attacked, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref") + "startxref".length();
        int end = text.indexOf("%%EOF", at);
        String broken = text.substring(0, at) + "\n" + "9".repeat(end - at - 2) + "\n" + text.substring(end);

        VerificationReport report = verifier.verify(broken.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(report.allValid()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.intact()).isFalse();
            assertThat(check.integrityProblem()).startsWith("the file's revisions cannot be told apart");
        });
    }
}
