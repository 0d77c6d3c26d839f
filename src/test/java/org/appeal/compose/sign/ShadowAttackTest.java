package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shadow attacks (Mainka et al., "Shadow Attacks: Hiding and Replacing Content in Signed PDFs",
 * NDSS 2021): the signer signs a letter that already holds content nobody sees (hidden under a
 * cover, or unused objects); after signing, a small update uncovers or swaps it in. Hide: remove
 * the cover. Replace: swap a font or a field's value. Hide-and-replace: point the document at a
 * prepared page, page tree or catalog. Every letter here is made up by the test.
 */
class ShadowAttackTest {
    private final SignatureVerifier verifier = new SignatureVerifier();

    private List<String> afterTheSignature(byte[] pdf) throws SigningException {
        VerificationReport report = verifier.verify(pdf);
        assertThat(report.allValid()).as(report.toString()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(check -> assertThat(check.intact()).isTrue());
        return report.signatures().get(0).laterChanges();
    }

    // Hide

    @Test
    void takingTheCoverOutOfThePageContentsIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter();
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document -> {
            PdfDictionary page = document.getPage(1).getPdfObject();
            page.put(PdfName.Contents, document.getPdfObject(letter.object("text")));
            page.setModified();
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: page 1 changed (/Contents)");
    }

    @Test
    void emptyingTheCoverStreamIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter();
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document -> {
            PdfStream cover = (PdfStream) document.getPdfObject(letter.object("cover"));
            cover.setData(new byte[0]);
            cover.setModified();
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: the content of page 1 changed");
    }

    @Test
    void pointingTheCoverAtAnEmptyDefinitionHiddenInTheSignedBytesIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter();
        int cover = letter.object("cover");
        // Before signing: a second, empty definition of the cover stream, listed in no cross-reference section.
        byte[] prepared = Updates.raw(letter.pdf()).unlisted(cover, "<</Length 0>>\nstream\n\nendstream").write();
        long hidden = Updates.lastDefinition(prepared, cover);
        byte[] signed = Signing.byAppeal(prepared);

        // After signing: one cross-reference entry, no object, and the cover is the empty one.
        byte[] attacked = Updates.raw(signed).entry(cover, hidden).write();

        assertThat(afterTheSignature(attacked)).containsExactly("revision 4: the content of page 1 changed");
    }

    @Test
    void removingACoveringAnnotationIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.square("square"));
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document -> {
            PdfArray annots = document.getPage(1).getPdfObject().getAsArray(PdfName.Annots);
            annots.remove(0);
            annots.setModified();
            document.getPage(1).getPdfObject().setModified();
        });

        assertThat(afterTheSignature(attacked))
                .containsExactly("revision 3: the annotation list of page 1: an entry was removed or replaced");
    }

    // Replace

    @Test
    void rewritingTheFontIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter();
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document -> {
            PdfDictionary font = (PdfDictionary) document.getPdfObject(letter.object("font"));
            font.put(PdfName.BaseFont, new PdfName("Courier"));
            font.setModified();
        });

        assertThat(afterTheSignature(attacked)).singleElement().satisfies(change ->
                assertThat(change).matches("revision 3: font /F\\d+ of page 1 changed"));
    }

    @Test
    void pointingThePageAtAFontPreparedBeforeSigningIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.unusedFont("courier"));
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document -> {
            PdfDictionary page = document.getPage(1).getPdfObject();
            PdfDictionary fonts = page.getAsDictionary(PdfName.Resources).getAsDictionary(PdfName.Font);
            PdfName name = fonts.keySet().iterator().next();
            fonts.put(name, document.getPdfObject(letter.object("courier")));
            page.setModified();
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: page 1 changed (/Resources)");
    }

    @Test
    void changingAFormFieldsValueIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.textField("position"));
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document -> {
            PdfDictionary field = (PdfDictionary) document.getPdfObject(letter.object("position"));
            field.put(PdfName.V, new PdfString(MadeUpPdf.OPPOSE));
            PdfStream appearance = field.getAsDictionary(PdfName.AP).getAsStream(PdfName.N);
            appearance.setData(("BT /Helv 12 Tf 2 10 Td (" + MadeUpPdf.OPPOSE + ") Tj ET").getBytes());
            field.setModified();
            appearance.setModified();
        });

        assertThat(afterTheSignature(attacked)).containsExactlyInAnyOrder(
                "revision 3: form field 'Position' on page 1 changed",
                "revision 3: the appearance of form field 'Position' on page 1 changed");
    }

    // Hide and replace

    @Test
    void aTrailerPointingAtACatalogPreparedBeforeSigningIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.unusedCatalog("catalog"));
        byte[] signed = Signing.byAppeal(letter.pdf());
        int original = new SignatureVerifierProbe(signed).catalog();

        // Nothing but a cross-reference section and a trailer whose /Root is the prepared catalog.
        byte[] attacked = Updates.raw(signed).trailer("Root", letter.object("catalog") + " 0 R").write();

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: the trailer points to another document catalog"
                + " (object " + letter.object("catalog") + " instead of " + original + ")");
    }

    @Test
    void aCatalogPointingAtAPageTreePreparedBeforeSigningIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.unusedCatalog("catalog"));
        byte[] signed = Signing.byAppeal(letter.pdf());

        // By hand: iText rewrites /Pages from its own page tree when it saves.
        PdfDictionary catalog = new PdfDictionary(new SignatureVerifierProbe(signed).catalogDictionary());
        catalog.put(PdfName.Pages, new PdfNumber(0));
        String text = Updates.text(catalog).replace("/Pages 0", "/Pages " + letter.object("catalog-pages") + " 0 R");
        byte[] attacked = Updates.raw(signed).object(new SignatureVerifierProbe(signed).catalog(), text).write();

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: the document catalog changed (/Pages)");
    }

    @Test
    void aPageDrawingAContentStreamPreparedBeforeSigningIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.unusedContent("oppose"));
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document -> {
            PdfDictionary page = document.getPage(1).getPdfObject();
            PdfArray contents = new PdfArray();
            contents.add(document.getPdfObject(letter.object("text")));
            contents.add(document.getPdfObject(letter.object("cover")));
            contents.add(document.getPdfObject(letter.object("oppose")));
            page.put(PdfName.Contents, contents);
            page.setModified();
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: page 1 changed (/Contents)");
    }

    @Test
    void aPageDrawingAnOverlayPreparedBeforeSigningIsAChange() throws SigningException {
        MadeUpPdf.Letter letter = MadeUpPdf.letter(MadeUpPdf.unusedOverlay("overlay"));
        byte[] signed = Signing.byAppeal(letter.pdf());

        byte[] attacked = Updates.append(signed, document -> {
            PdfDictionary page = document.getPage(1).getPdfObject();
            PdfDictionary resources = page.getAsDictionary(PdfName.Resources);
            PdfDictionary xobjects = new PdfDictionary();
            xobjects.put(new PdfName("Ov"), document.getPdfObject(letter.object("overlay")));
            resources.put(PdfName.XObject, xobjects);
            PdfStream draw = new PdfStream("q /Ov Do Q".getBytes());
            draw.makeIndirect(document);
            page.getAsArray(PdfName.Contents).add(draw);
            page.setModified();
        });

        assertThat(afterTheSignature(attacked)).containsExactly("revision 3: page 1 changed (/Contents, /Resources)");
    }

    /** Reads what a test needs to name in an expected message. */
    private record SignatureVerifierProbe(byte[] pdf) {
        int catalog() {
            return catalogDictionary().getIndirectReference().getObjNumber();
        }

        PdfDictionary catalogDictionary() {
            try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
                PdfDictionary catalog = document.getCatalog().getPdfObject();
                for (PdfName key : catalog.keySet()) {
                    catalog.get(key, false);
                }
                return catalog;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
