package org.appeal.compose;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Links in a letter go only to http, https and mailto addresses; images come only from the
 * bundle's own folder and must decode completely. Each refusal names the body (or subject) and
 * line. The campaign, images and addresses are made up.
 */
class BodyLinksAndImagesTest {
    @TempDir
    Path temp;

    private final Renderer renderer = Fixtures.renderer();

    @Test
    void webAndMailLinksBecomeLinksInThePdf() throws Exception {
        RenderedLetter letter = renderer.render(Fixtures.campaign("See [the report](https://example.org/report) or"
                + " [write to us](mailto:office@example.org) and <https://example.org/auto>."), null, RenderOptions.DEFAULT);

        // The fourth is the layout's own link to the addressee's e-mail address.
        assertThat(linkTargets(letter.pdf())).containsExactlyInAnyOrder("https://example.org/report",
                "mailto:office@example.org", "https://example.org/auto", "mailto:sam@example.org");
    }

    @Test
    void everyOtherLinkTargetBlocksWithItsLine() {
        String body = String.join("\n", "Dear Minister,", "",
                "[a](javascript:alert(1))",
                "[b](JaVaScRiPt:alert(2))",
                "[c](&#106;avascript:alert(3))",
                "<javascript:alert(4)>",
                "[d](file:///etc/passwd)",
                "[e](data:text/html;base64,PHNjcmlwdD4=)",
                "[f](vbscript:msgbox)",
                "[g](<java script:x>)",
                "[h](letter2.html)",
                "[i](#annex)",
                "[j][ref]",
                "",
                "[ref]: VBScript:x");

        assertThatThrownBy(() -> renderer.render(Fixtures.campaign(body), null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(
                                "letter.md line 3: the link 'javascript:alert(1)' uses 'javascript:', which a letter may"
                                        + " not link to; only http, https and mailto links are allowed",
                                "letter.md line 4: the link 'JaVaScRiPt:alert(2)' uses 'javascript:', which a letter may"
                                        + " not link to; only http, https and mailto links are allowed",
                                // Written with an HTML entity, so found by the line Markdown saw it on.
                                "letter.md line 5: the link 'javascript:alert(3)' uses 'javascript:', which a letter may"
                                        + " not link to; only http, https and mailto links are allowed",
                                "letter.md line 6: the link 'javascript:alert(4)' uses 'javascript:', which a letter may"
                                        + " not link to; only http, https and mailto links are allowed",
                                "letter.md line 7: the link 'file:///etc/passwd' uses 'file:', which a letter may not"
                                        + " link to; only http, https and mailto links are allowed",
                                "letter.md line 8: the link 'data:text/html;base64,PHNjcmlwdD4=' uses 'data:', which a"
                                        + " letter may not link to; only http, https and mailto links are allowed",
                                "letter.md line 9: the link 'vbscript:msgbox' uses 'vbscript:', which a letter may not"
                                        + " link to; only http, https and mailto links are allowed",
                                "letter.md line 10: the link 'java script:x' contains spaces or control characters; a"
                                        + " letter links only to web addresses (http, https) and e-mail addresses (mailto)",
                                "letter.md line 11: the link 'letter2.html' is not a full web address; a letter links"
                                        + " only to http, https and mailto addresses (a relative link would point into"
                                        + " the writer's own computer)",
                                "letter.md line 12: the link '#annex' is not a full web address; a letter links only to"
                                        + " http, https and mailto addresses (a relative link would point into the"
                                        + " writer's own computer)",
                                "letter.md line 15: the link 'VBScript:x' uses 'vbscript:', which a letter may not link"
                                        + " to; only http, https and mailto links are allowed"));
    }

    @Test
    void aLinkInTheSubjectIsCheckedToo() {
        CampaignData data = Fixtures.campaign("Body.");
        CampaignData linked = new CampaignData(data.campaign(), new org.appeal.domain.LetterDraft(
                "Re [click](javascript:alert(1))", data.letter().date(), "Body.", data.letter().templateName(),
                data.letter().signatoriesAsOf()), data.recipients(), data.signatories(), List.of(), List.of(), List.of(),
                List.of());

        assertThatThrownBy(() -> renderer.render(linked, null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("subject line 1: the link 'javascript:alert(1)' uses 'javascript:', which a"
                                + " letter may not link to; only http, https and mailto links are allowed"));
    }

    @Test
    void rawHtmlLinksAndImagesArePrintedAsTextAndNeverActedOn() throws Exception {
        Path secret = Files.createDirectories(temp.resolve("images"));
        SignatureImageRenderTest.image(secret.resolve("x.png"), BufferedImage.TYPE_INT_RGB, "png");
        RenderedLetter letter = renderer.render(Fixtures.campaign("A <a href=\"javascript:alert(1)\">link</a> and"
                + " <img src=\"" + secret.resolve("x.png").toUri() + "\"> and <IMG SRC=x.png>."), null,
                new RenderOptions(List.of(temp)));

        assertThat(letter.html()).contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;link&lt;/a&gt;",
                "&lt;img src=&quot;file:").doesNotContain("<img", "href=\"javascript");
        assertThat(linkTargets(letter.pdf())).containsExactly("mailto:sam@example.org");
        assertThat(SignatureImageRenderTest.imagesIn(letter.pdf())).isEmpty();
    }

    @Test
    void aCitedSourceWhoseUrlIsNotAWebAddressBlocks() {
        Source bad = new Source("bad-source", "A made-up report", "Example Body", "", null, "javascript:alert(1)",
                List.of("Text."));
        CampaignData base = Fixtures.campaign("As [the report says](@bad-source), and again [@bad-source].");
        CampaignData data = new CampaignData(base.campaign(), base.letter().withCitations(new CitationSettings(
                CitationSettings.Way.FOOTNOTES, CitationSettings.Style.CHICAGO_NOTES, true)), base.recipients(),
                base.signatories(), List.of(), List.of(), List.of(bad), List.of());

        assertThatThrownBy(() -> renderer.render(data, null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .singleElement().asString().startsWith("letter.md line 1, column ")
                        .endsWith(": source 'bad-source', cited here: the link 'javascript:alert(1)' uses 'javascript:',"
                                + " which a letter may not link to; only http, https and mailto links are allowed"));
    }

    @Test
    void anImageInTheBundleFolderIsEmbedded() throws Exception {
        SignatureImageRenderTest.image(temp.resolve("images/chart.png"), BufferedImage.TYPE_INT_RGB, "png");
        SignatureImageRenderTest.image(temp.resolve("images/photo.jpg"), BufferedImage.TYPE_INT_RGB, "jpeg");

        RenderedLetter letter = renderer.render(Fixtures.campaign("The chart:\n\n![Votes by year](images/chart.png)\n\n"
                + "![A photo](<images/photo.jpg>)"), null, new RenderOptions(List.of(temp)));

        assertThat(letter.warnings()).isEmpty();
        assertThat(letter.html()).contains("<img src=\"" + temp.toRealPath().resolve("images/chart.png").toUri()
                + "\" alt=\"Votes by year\" />");
        assertThat(SignatureImageRenderTest.imagesIn(letter.pdf())).hasSize(2);
        VeraPdf.Report report = VeraPdf.validate(letter.pdf(), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A);
        assertThat(report.compliant()).as(report.toString()).isTrue();
    }

    @Test
    void imagesFromAnywhereElseBlockWithTheirLine() throws Exception {
        Path bundle = Files.createDirectories(temp.resolve("bundle"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        SignatureImageRenderTest.image(elsewhere.resolve("private.png"), BufferedImage.TYPE_INT_RGB, "png");
        Files.createDirectories(bundle.resolve("images"));
        Files.createSymbolicLink(bundle.resolve("images/linked.png"), elsewhere.resolve("private.png"));
        Files.createSymbolicLink(bundle.resolve("shared"), elsewhere);
        Files.writeString(bundle.resolve("images/notes.png"), "not an image at all\n");
        Files.createDirectories(bundle.resolve("images/folder.png"));
        byte[] jpeg = ImageBytes.jpeg();
        Files.write(bundle.resolve("images/cut.jpg"), Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
        byte[] png = ImageBytes.png();
        Files.write(bundle.resolve("images/cut.png"), Arrays.copyOf(png, png.length / 2));
        // A one-pixel PNG: small enough to stay under the body's size limit, so the scheme is what is refused.
        String data = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
        String body = String.join("\n",
                "![a](../elsewhere/private.png)",
                "![b](" + elsewhere.resolve("private.png") + ")",
                "![c](images/linked.png)",
                "![d](shared/private.png)",
                "![e](https://example.org/tracker.png)",
                "![f](http://example.org/tracker.png)",
                "![g](" + data + ")",
                "![h](file://" + elsewhere.resolve("private.png") + ")",
                "![i](images/notes.png)",
                "![j](images/cut.jpg)",
                "![k](images/cut.png)",
                "![l](images/missing.png)",
                "![m](images/folder.png)");

        assertThatThrownBy(() -> renderer.render(Fixtures.campaign(body), null, new RenderOptions(List.of(bundle))))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .satisfiesExactly(
                                p -> assertThat(p).isEqualTo("letter.md line 1: image refused: '../elsewhere/private.png'"
                                        + " points outside the bundle folder"),
                                p -> assertThat(p).isEqualTo("letter.md line 2: image refused: '"
                                        + elsewhere.resolve("private.png") + "' is an absolute path; name a file inside"
                                        + " the bundle folder relative to it"),
                                p -> assertThat(p).isEqualTo("letter.md line 3: image refused: 'images/linked.png' is a"
                                        + " link (or lies in a linked folder) that leads outside the bundle folder"),
                                p -> assertThat(p).isEqualTo("letter.md line 4: image refused: 'shared/private.png' is a"
                                        + " link (or lies in a linked folder) that leads outside the bundle folder"),
                                p -> assertThat(p).isEqualTo("letter.md line 5: image 'https://example.org/tracker.png'"
                                        + " refused: an image in a letter is a file in the bundle folder (such as"
                                        + " images/chart.png), never a web address, data: or file: URL"),
                                p -> assertThat(p).startsWith("letter.md line 6: image 'http://example.org/tracker.png'"
                                        + " refused"),
                                p -> assertThat(p).startsWith("letter.md line 7: image 'data:image/png;base64,"),
                                p -> assertThat(p).startsWith("letter.md line 8: image 'file://"),
                                p -> assertThat(p).isEqualTo("letter.md line 9: image refused: 'images/notes.png' is not"
                                        + " a PNG or JPEG image (judged by its content, not its name)"),
                                p -> assertThat(p).startsWith("letter.md line 10: image refused: 'images/cut.jpg' is not"
                                        + " a readable JPEG image (").contains("cut short or damaged"),
                                p -> assertThat(p).startsWith("letter.md line 11: image refused: 'images/cut.png' is not"
                                        + " a readable PNG image ("),
                                p -> assertThat(p).isEqualTo("letter.md line 12: image refused: file 'images/missing.png'"
                                        + " does not exist in the bundle folder"),
                                p -> assertThat(p).isEqualTo("letter.md line 13: image refused: 'images/folder.png' is a"
                                        + " folder, not a file")));
    }

    @Test
    void inAWorkspaceCampaignAnImageIsLeftOutWithAWarningAsASignatureImageIs() throws Exception {
        RenderedLetter letter = renderer.render(Fixtures.campaign("Text.\n\n![Votes by year](images/chart.png)"), null,
                RenderOptions.DEFAULT);

        assertThat(letter.warnings()).extracting(Problem::toString).containsExactly("letter.md line 3: image"
                + " 'images/chart.png' is left out: a workspace campaign keeps no image files (render the bundle to"
                + " include it)");
        assertThat(letter.html()).doesNotContain("<img");
        assertThat(SignatureImageRenderTest.imagesIn(letter.pdf())).isEmpty();
    }

    @Test
    void inAWorkspaceCampaignAnImageThatCouldNeverBeAllowedStillBlocks() {
        assertThatThrownBy(() -> renderer.render(Fixtures.campaign("![a](../../etc/passwd)\n\n![b](https://example.org/x.png)"),
                null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("letter.md line 1: image refused: '../../etc/passwd' points outside the bundle"
                                        + " folder",
                                "letter.md line 3: image 'https://example.org/x.png' refused: an image in a letter is a"
                                        + " file in the bundle folder (such as images/chart.png), never a web address,"
                                        + " data: or file: URL"));
    }

    @Test
    void aLayoutNameStoredAsAPathIsRefusedBeforeAnythingIsRead() {
        CampaignData data = Fixtures.campaign("Body.");
        for (String layout : List.of("../../../../etc/passwd", "/etc/passwd", "partials/signatories.vm",
                "file:///etc/passwd")) {
            CampaignData stored = data.withLetter(data.letter().withTemplate(layout));

            assertThatThrownBy(() -> renderer.render(stored, null, RenderOptions.DEFAULT)).as(layout)
                    .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                            .containsExactly("template: '" + layout + "' is a path, not a file name; a layout is the"
                                    + " name of a file in the templates folder, such as letter.html.vm"));
        }
    }

    @Test
    void aLayoutThatIsALinkOutOfTheTemplatesFolderIsRefused() throws Exception {
        Path templates = temp.resolve("templates");
        copyFolder(Path.of("templates"), templates);
        Path secret = Files.writeString(temp.resolve("secret.txt"), "SOMEONE ELSE'S FILE");
        Files.createSymbolicLink(templates.resolve("linked.html.vm"), secret);
        Renderer own = new Renderer(new TemplateEngine(templates), Fixtures.SharedFonts.FONTS);
        CampaignData data = Fixtures.campaign("Body.");

        assertThatThrownBy(() -> own.render(data.withLetter(data.letter().withTemplate("linked.html.vm")), null,
                RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("template: 'linked.html.vm' is a link (or lies in a linked folder) that leads"
                                + " outside the templates folder; a layout is the name of a file in the templates"
                                + " folder, such as letter.html.vm"));
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** The URI of every link annotation in the PDF. */
    static List<String> linkTargets(byte[] pdf) throws IOException {
        List<String> targets = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        targets.add(uri.getURI());
                    }
                }
            }
        }
        return targets;
    }

    /** Whole images with detail, so that a cut falls inside the image data. */
    static final class ImageBytes {
        private ImageBytes() {
        }

        static byte[] png() throws IOException {
            return encode("png");
        }

        static byte[] jpeg() throws IOException {
            return encode("jpeg");
        }

        private static byte[] encode(String format) throws IOException {
            BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 300; x++) {
                for (int y = 0; y < 200; y++) {
                    image.setRGB(x, y, (x * 7919 + y * 104729) & 0xFFFFFF);
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            assertThat(javax.imageio.ImageIO.write(image, format, out)).isTrue();
            return out.toByteArray();
        }
    }
}
