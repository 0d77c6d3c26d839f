package org.appeal.compose;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CampaignImage;
import org.appeal.domain.Signatory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signature and logo images: placed above the name, found only in the folders a render is given, still PDF/A. */
class SignatureImageRenderTest {
    @TempDir
    Path bundle;

    private final Renderer renderer = Fixtures.renderer();

    @Test
    void aPngWithTransparencyAndAJpegArePlacedAndTheLetterStaysPdfA() throws Exception {
        image(bundle.resolve("images/logo.png"), BufferedImage.TYPE_INT_ARGB, "png");
        image(bundle.resolve("images/signature.jpg"), BufferedImage.TYPE_INT_RGB, "jpeg");
        CampaignData data = Fixtures.campaign("Body.",
                new Signatory("org-b", Signatory.Kind.ORGANISATION, 2, "Logo \"Group\"", "", "", "", null, null,
                        "images/logo.png"),
                new Signatory("ind-b", Signatory.Kind.INDIVIDUAL, 4, "Sam Signer", "", "Lawyer", "", null, null,
                        "images/signature.jpg"));

        for (Archival archival : List.of(Archival.PDF_A_2, Archival.PDF_A_3_WITH_SIGNATORIES)) {
            RenderedLetter letter = renderer.render(data, null,
                    new RenderOptions(List.of(bundle), archival));

            assertThat(letter.warnings()).isEmpty();
            assertThat(letter.html()).contains(
                    "<p class=\"signature-image\"><img src=\"" + bundle.resolve("images/logo.png").toUri()
                            + "\" alt=\"Logo &quot;Group&quot;\"/></p>\n<p class=\"signatory\">Logo &quot;Group&quot;</p>",
                    "<img src=\"" + bundle.resolve("images/signature.jpg").toUri() + "\" alt=\"Sam Signer\"/>");
            assertThat(imagesIn(letter.pdf())).as("one image each, nobody else's").hasSize(2);
            PDFAFlavour flavour = archival == Archival.PDF_A_2 ? PDFAFlavour.PDFA_2_A : PDFAFlavour.PDFA_3_A;
            VeraPdf.Report report = VeraPdf.validate(letter.pdf(), flavour);
            assertThat(report.failures()).as(report.toString()).isEmpty();
            assertThat(report.compliant()).as(report.toString()).isTrue();
        }
    }

    @Test
    void anImageTheCampaignHoldsIsPrintedWithoutAnyFolderAndTheLetterStaysPdfA() throws Exception {
        image(bundle.resolve("logo.png"), BufferedImage.TYPE_INT_ARGB, "png");
        image(bundle.resolve("signature.jpg"), BufferedImage.TYPE_INT_RGB, "jpeg");
        CampaignData data = Fixtures.campaign("Body.",
                new Signatory("org-b", Signatory.Kind.ORGANISATION, 2, "Logo Group", "", "", "", null, null,
                        "images/logo.png"),
                new Signatory("ind-b", Signatory.Kind.INDIVIDUAL, 4, "Sam Signer", "", "Lawyer", "", null, null,
                        "images/signature.jpg"))
                .withImages(List.of(new CampaignImage("images/logo.png", Files.readAllBytes(bundle.resolve("logo.png"))),
                        new CampaignImage("images/signature.jpg", Files.readAllBytes(bundle.resolve("signature.jpg")))));

        RenderedLetter letter = renderer.render(data, null, RenderOptions.DEFAULT);

        assertThat(letter.warnings()).isEmpty();
        assertThat(letter.html()).contains("<img src=\"data:image/png;base64,", "<img src=\"data:image/jpeg;base64,");
        assertThat(imagesIn(letter.pdf())).as("each held image printed once").hasSize(2);
        VeraPdf.Report report = VeraPdf.validate(letter.pdf(), PDFAFlavour.PDFA_2_A);
        assertThat(report.compliant()).as(report.toString()).isTrue();
    }

    @Test
    void anImageInNoGivenFolderIsAWarningAndTheNameStillPrints() throws Exception {
        image(bundle.resolve("images/logo.png"), BufferedImage.TYPE_INT_RGB, "png");
        CampaignData data = Fixtures.campaign("Body.",
                new Signatory("org-b", Signatory.Kind.ORGANISATION, 2, "Logo Group", "", "", "", null, null,
                        "images/logo.png"));

        RenderedLetter letter = renderer.render(data, null, RenderOptions.DEFAULT);

        assertThat(letter.warnings()).extracting(Problem::toString).containsExactly(
                "signatory 'org-b': signature image 'images/logo.png' was not found (the workspace holds no image"
                        + " under that name: choose the image again on the Signatories screen); the letter is printed"
                        + " without it");
        assertThat(letter.html()).doesNotContain("<img");
        assertThat(PdfText.withoutFooters(letter.pdf())).contains("Logo Group");
        assertThat(imagesIn(letter.pdf())).isEmpty();
    }

    @Test
    void aReferenceOutOfTheFolderBlocksAndIsNeverLoaded() throws Exception {
        Path inside = Files.createDirectories(bundle.resolve("bundle"));
        image(bundle.resolve("outside.png"), BufferedImage.TYPE_INT_RGB, "png");
        Files.createSymbolicLink(inside.resolve("linked.png"), bundle.resolve("outside.png"));
        Files.createSymbolicLink(inside.resolve("linked-folder"), bundle);

        for (String reference : List.of("../outside.png", bundle.resolve("outside.png").toString(), "linked.png",
                "linked-folder/outside.png", "file://" + bundle.resolve("outside.png"))) {
            CampaignData data = Fixtures.campaign("Body.",
                    new Signatory("org-b", Signatory.Kind.ORGANISATION, 2, "Sneaky", "", "", "", null, null, reference));

            assertThatThrownBy(() -> renderer.render(data, null, new RenderOptions(List.of(inside))))
                    .as(reference).isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems())
                            .singleElement().asString().startsWith("signatory 'org-b': signature image refused: '"
                                    + reference + "'"));
        }
    }

    @Test
    void inAWorkspaceAReferenceThatClimbsOutBlocksRatherThanWarns() {
        CampaignData data = Fixtures.campaign("Body.",
                new Signatory("org-b", Signatory.Kind.ORGANISATION, 2, "Sneaky", "", "", "", null, null,
                        "../../etc/passwd"));

        assertThatThrownBy(() -> renderer.render(data, null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("signatory 'org-b': signature image refused: '../../etc/passwd' points outside"
                                + " the bundle folder"));
    }

    @Test
    void aSignatoryNotYetSignedBringsNoImageAndNoWarning() throws Exception {
        CampaignData data = Fixtures.campaign("Body.",
                new Signatory("later", Signatory.Kind.ORGANISATION, 2, "Later Group", "", "", "",
                        java.time.LocalDate.of(2030, 1, 1), null, "images/missing.png"));

        RenderedLetter letter = renderer.render(data, null, RenderOptions.DEFAULT);

        assertThat(letter.warnings()).isEmpty();
    }

    /** A small two-colour image, half transparent when the type has alpha. */
    static void image(Path file, int type, String format) throws IOException {
        BufferedImage image = new BufferedImage(240, 80, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 40, 160, type == BufferedImage.TYPE_INT_ARGB ? 128 : 255));
        g.fillRect(10, 10, 220, 60);
        g.setColor(Color.WHITE);
        g.drawLine(10, 40, 230, 40);
        g.dispose();
        Files.createDirectories(file.getParent());
        assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
    }

    static List<PDImageXObject> imagesIn(byte[] pdf) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
        }
        return images;
    }
}
