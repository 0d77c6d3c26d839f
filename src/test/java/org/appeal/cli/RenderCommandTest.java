package org.appeal.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.appeal.compose.VeraPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RenderCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int appeal(String... args) {
        return CliRun.appeal(out, err, args);
    }

    @Test
    void rendersTheSampleCampaignToAPdf() throws IOException {
        Path pdf = temp.resolve("letter.pdf");

        int code = appeal("render", "seeds/sample-campaign", "--out", pdf.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote " + pdf, "Lee Jae-myung");
        assertThat(err.toString()).contains("warning: recipient 'president': e-mail \"president.go.kr\"");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("no temporary file left behind").containsExactly(pdf);
        }
    }

    @Test
    void pdfa3AttachesTheSignatoriesAndPassesVeraPdf() throws Exception {
        Path pdf = temp.resolve("letter-a3.pdf");

        int code = appeal("render", "seeds/sample-campaign", "--pdfa", "3", "--out", pdf.toString());

        assertThat(code).as(err.toString()).isZero();
        byte[] bytes = Files.readAllBytes(pdf);
        VeraPdf.Report report = VeraPdf.validate(bytes, PDFAFlavour.PDFA_3_A);
        assertThat(report.compliant()).as(report.toString()).isTrue();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsOnlyKeys("signatories.csv");
        }
    }

    @Test
    void pdfaLevelsOfTheOption() throws Exception {
        Path plain = temp.resolve("plain.pdf");
        Path standard = temp.resolve("standard.pdf");

        assertThat(appeal("render", "seeds/sample-campaign", "--pdfa", "none", "--out", plain.toString())).isZero();
        assertThat(appeal("render", "seeds/sample-campaign", "--out", standard.toString())).isZero();

        assertThat(pdfaId(plain)).isEmpty();
        assertThat(pdfaId(standard)).isEqualTo("2A");
    }

    @Test
    void anUnknownPdfaLevelIsBadInput() {
        int code = appeal("render", "seeds/sample-campaign", "--pdfa", "1", "--out", temp.resolve("x.pdf").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("expected 2, 3 or none, not '1'");
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }

    /** "2A" from the XMP's pdfaid:part and pdfaid:conformance; empty for a file that claims no PDF/A level. */
    static String pdfaId(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.getDocumentCatalog().getMetadata() == null) {
                return "";
            }
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            Matcher part = Pattern.compile("pdfaid:part=\"(\\d)\"").matcher(xmp);
            Matcher level = Pattern.compile("pdfaid:conformance=\"([A-Z])\"").matcher(xmp);
            return part.find() && level.find() ? part.group(1) + level.group(1) : "";
        }
    }

    @Test
    void aBundlesSignatureImagesAreFoundInItsFolder() throws Exception {
        Path bundle = copyOfSample();
        Files.createDirectories(bundle.resolve("images"));
        BufferedImage logo = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(logo, "png", bundle.resolve("images/hrw.png").toFile());
        // One more column: the header names it, Human Rights Watch's row fills it, every other row leaves it empty.
        List<String> rows = Files.readAllLines(bundle.resolve("signatories.csv")).stream()
                .map(row -> row.startsWith("id,") ? row + ",signature_image"
                        : row.startsWith("hrw,") ? row + ",images/hrw.png" : row + ",")
                .toList();
        Files.write(bundle.resolve("signatories.csv"), rows);
        Path pdf = temp.resolve("with-logo.pdf");

        int code = appeal("render", bundle.toString(), "--out", pdf.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("signature image");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            long images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void rendersToAChosenCcRecipient() {
        int code = appeal("render", "seeds/sample-campaign", "--recipient", "foreign-minister",
                "--out", temp.resolve("fm.pdf").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("letter to Cho Hyun");
    }

    @Test
    void unknownRecipientIsBadInputListingTheIds() {
        int code = appeal("render", "seeds/sample-campaign", "--recipient", "nobody", "--out", temp.resolve("x.pdf").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no recipient with id 'nobody'", "president, prime-minister");
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aBrokenBodyIsBadInputAndWritesNothing() throws IOException {
        Path bundle = copyOfSample();
        Files.writeString(bundle.resolve("letter.md"), "Dear friends,\n\nWe thank $nobody.\n");
        Path pdf = temp.resolve("out.pdf");
        Files.writeString(pdf, "%PDF-1.7 the previous letter");

        int code = appeal("render", bundle.toString(), "--out", pdf.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("letter.md line 3, column 10: $nobody is not defined");
        assertThat(pdf).hasContent("%PDF-1.7 the previous letter");
    }

    @Test
    void aMissingBundleIsBadInput() {
        int code = appeal("render", temp.resolve("nowhere").toString(), "--out", temp.resolve("x.pdf").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("appeal: no such folder: " + temp.resolve("nowhere") + "\n");
    }

    @Test
    void missingOutOptionIsBadInputWithUsage() {
        int code = appeal("render", "seeds/sample-campaign");

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required option: '--out=FILE'", "Usage:");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        int code = appeal("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("render", "Exit codes:", "2   bad input");
    }

    private Path copyOfSample() throws IOException {
        return org.appeal.SampleBundle.copyTo(temp.resolve("bundle"));
    }
}
