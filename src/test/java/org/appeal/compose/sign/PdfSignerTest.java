package org.appeal.compose.sign;

import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.signatures.SignatureUtil;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfSignerTest {
    private static final Instant SIGNED_AT = Instant.parse("2025-10-28T09:30:00Z");

    @TempDir
    Path temp;

    private final PdfSigner signer = new PdfSigner(SamplePdf.fonts(), Clock.fixed(SIGNED_AT, ZoneOffset.UTC));

    private SigningKey key(String name) throws SigningException {
        return SigningKey.load(TestKeys.keystore(temp, name), TestKeys.PASSWORD.toCharArray());
    }

    @Test
    void anInvisibleSignatureIsPadesAppendedAfterTheUnchangedLetter() throws Exception {
        byte[] letter = SamplePdf.letter();

        byte[] signed = signer.sign(letter, key("Example Rights Watch"),
                SignatureAppearance.invisible("Co-signing the letter", "Seoul"));

        assertThat(Arrays.copyOf(signed, letter.length)).as("incremental update: the letter's bytes come first")
                .isEqualTo(letter);
        try (PdfDocument document = open(signed)) {
            SignatureUtil signatures = new SignatureUtil(document);
            assertThat(signatures.getSignatureNames()).containsExactly("Signature1");
            assertThat(signatures.signatureCoversWholeDocument("Signature1")).isTrue();
            PdfDictionary signature = signatures.getSignatureDictionary("Signature1");
            assertThat(signature.getAsName(PdfName.SubFilter)).isEqualTo(PdfName.ETSI_CAdES_DETACHED);
            assertThat(signature.getAsString(PdfName.Reason).toUnicodeString()).isEqualTo("Co-signing the letter");
            assertThat(signature.getAsString(PdfName.Location).toUnicodeString()).isEqualTo("Seoul");
            assertThat(signatures.readSignatureData("Signature1").getSignDate().toInstant()).isEqualTo(SIGNED_AT);
            assertThat(widget(document, "Signature1").getRectangle().toRectangle().getWidth()).isZero();
        }
    }

    @Test
    void aVisibleSignatureGoesToTheBottomOfTheLastPageInEmbeddedFonts() throws Exception {
        byte[] signed = signer.sign(SamplePdf.letter(), key("Example Rights Watch"),
                SignatureAppearance.visible("Co-signing the letter", "Seoul"));

        try (PdfDocument document = open(signed)) {
            PdfAnnotation widget = widget(document, "Signature1");
            assertThat(document.getPageNumber(widget.getPage())).isEqualTo(document.getNumberOfPages());
            Rectangle box = widget.getRectangle().toRectangle();
            assertThat(box.getBottom()).isLessThan(72);
            assertThat(box.getWidth()).isEqualTo(SignaturePlacement.WIDTH);
        }
        List<PdfFonts.Font> fonts = PdfFonts.of(signed);
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
        assertThat(fonts).extracting(PdfFonts.Font::name).anyMatch(name -> name.endsWith("+LiberationSerif"));
        assertThat(fonts.size()).as("the box adds its own font").isGreaterThan(PdfFonts.of(SamplePdf.letter()).size());
    }

    @Test
    void theBoxShowsTheChosenNameTimeReasonAndLocation() throws Exception {
        byte[] signed = signer.sign(SamplePdf.letter(), key("Example Rights Watch"),
                SignatureAppearance.visible("Co-signing the letter", "Seoul").showing("Coalition Secretariat"));

        assertThat(boxText(signed)).contains(
                "Digitally signed by Coalition Secretariat",
                "Date: 2025-10-28 09:30:00 UTC",
                "Reason: Co-signing the letter",
                "Location: Seoul");
    }

    @Test
    void aHangulSignerNameIsSetInTheEmbeddedHangulFont() throws Exception {
        byte[] signed = signer.sign(SamplePdf.letter(), key("북한인권시민연합"), SignatureAppearance.visible(null, null));

        assertThat(PdfFonts.of(signed))
                .allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue())
                .extracting(PdfFonts.Font::name).anyMatch(name -> name.endsWith("+NanumMyeongjo"));
    }

    @Test
    void aSecondOrganisationSignsBesideTheFirstUnderTheNextName() throws Exception {
        byte[] once = signer.sign(SamplePdf.letter(), key("Example Rights Watch"), SignatureAppearance.visible(null, null));

        byte[] twice = signer.sign(once, key("Sample Rights Network"), SignatureAppearance.visible(null, "London"));

        assertThat(Arrays.copyOf(twice, once.length)).isEqualTo(once);
        try (PdfDocument document = open(twice)) {
            assertThat(new SignatureUtil(document).getSignatureNames()).containsExactly("Signature1", "Signature2");
            Rectangle first = widget(document, "Signature1").getRectangle().toRectangle();
            Rectangle second = widget(document, "Signature2").getRectangle().toRectangle();
            assertThat(first.overlaps(second)).as("boxes side by side, not on top of each other").isFalse();
        }
    }

    @Test
    void aChosenPageAndBoxAreUsed() throws Exception {
        byte[] signed = signer.sign(SamplePdf.letter(), key("Example Rights Watch"),
                SignatureAppearance.visible(null, null).onPage(1).at(new SignatureAppearance.Box(300, 12, 180, 60)));

        try (PdfDocument document = open(signed)) {
            PdfAnnotation widget = widget(document, "Signature1");
            assertThat(document.getPageNumber(widget.getPage())).isEqualTo(1);
            assertThat(widget.getRectangle().toRectangle().equalsWithEpsilon(new Rectangle(300, 12, 180, 60))).isTrue();
        }
    }

    @Test
    void aChosenBoxOverTheTextIsRefused() {
        assertThatThrownBy(() -> signer.sign(SamplePdf.letter(), key("Example Rights Watch"),
                SignatureAppearance.visible(null, null).onPage(1).at(new SignatureAppearance.Box(72, 500, 200, 54))))
                .isInstanceOf(SigningException.class)
                .hasMessage("the chosen signature box would cover text, an image or another box on page 1: choose a free place");
    }

    @Test
    void theBoxMovesAsideFromTextInTheBottomMargin() throws Exception {
        // Made up: a footer in the bottom right corner, where the first box would go.
        byte[] footed = MadeUpPdf.letter((document, page, objects) -> new PdfCanvas(page)
                .beginText().setFontAndSize(PdfFontFactory.createFont(), 9)
                .moveText(420, 30).showText("Made-up footer, page 1").endText()).pdf();

        byte[] signed = signer.sign(footed, key("Example Rights Watch"), SignatureAppearance.visible(null, null));

        try (PdfDocument document = open(signed)) {
            assertThat(widget(document, "Signature1").getRectangle().toRectangle().getLeft()).isEqualTo(36f);
        }
        assertThat(new SignatureVerifier().verify(signed).allValid()).isTrue();
    }

    @Test
    void aPageWithNoFreePlaceIsRefusedRatherThanCovered() {
        // Made up: text from the bottom of the page to the top, leaving no room for a box.
        byte[] full = MadeUpPdf.letter((document, page, objects) -> {
            PdfCanvas canvas = new PdfCanvas(page);
            for (int y = 10; y < 842; y += 20) {
                canvas.beginText().setFontAndSize(PdfFontFactory.createFont(), 14).moveText(30, y)
                        .showText("Made-up line of text running across the whole width of the page, left to right.")
                        .endText();
            }
        }).pdf();

        assertThatThrownBy(() -> signer.sign(full, key("Example Rights Watch"), SignatureAppearance.visible(null, null)))
                .isInstanceOf(SigningException.class)
                .hasMessage("page 1 has no free place for another signature box that covers neither text nor another box:"
                        + " sign on another page, or invisibly");
    }

    @Test
    void aPageBeyondTheLetterIsRefused() {
        assertThatThrownBy(() -> signer.sign(SamplePdf.letter(), key("Example Rights Watch"),
                SignatureAppearance.visible(null, null).onPage(9)))
                .isInstanceOf(SigningException.class)
                .hasMessage("the PDF has 3 pages, so there is no page 9 for the signature");
    }

    @Test
    void somethingThatIsNoPdfIsRefused() {
        byte[] notPdf = "Dear friends,".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signer.sign(notPdf, key("Example Rights Watch"), SignatureAppearance.invisible(null, null)))
                .isInstanceOf(SigningException.class)
                .hasMessageStartingWith("cannot read the PDF");
    }

    /** The text of the signature boxes: PDFBox draws the form's appearances into the pages, then reads them. */
    private static String boxText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().getAcroForm().flatten();
            return new PDFTextStripper().getText(document);
        }
    }

    private static PdfDocument open(byte[] pdf) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    private static PdfAnnotation widget(PdfDocument document, String field) {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            for (PdfAnnotation annotation : document.getPage(page).getAnnotations()) {
                var name = annotation.getPdfObject().getAsString(PdfName.T);
                if (name != null && name.toUnicodeString().equals(field)) {
                    return annotation;
                }
            }
        }
        throw new AssertionError("no widget for " + field);
    }
}
