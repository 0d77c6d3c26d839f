package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Signatory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional {@code signature_image} column: checked by content and size, written only when used.
 * The images are generated here; none is anyone's signature.
 */
class SignatureImageBundleTest {
    private static final String HEADER = "id,kind,position,name,acronym,title,country,signed_on,withdrawn_on,signature_image\n";

    @TempDir
    Path dir;

    @Test
    void pngAndJpegAreReadByContentWhateverTheirNameAndWrittenBackByteForByte() throws Exception {
        String signatories = HEADER
                + "foo-org,ORGANISATION,1,Foo Organisation,FOO,,,2030-01-01,,images/foo.png\n"
                + "bar-person,INDIVIDUAL,2,Bar Person,,Made-up Professor,,,,images/bar signature.png\n";
        new FixtureBundle().text("signatories.csv", signatories)
                .bytes("images/foo.png", image("png", 300, 100))
                .bytes("images/bar signature.png", image("jpeg", 300, 100))   // a JPEG named .png
                .writeTo(dir);

        CampaignData data = new BundleReader().read(dir);

        assertThat(data.signatories().all()).extracting(Signatory::signatureImage)
                .containsExactly("images/foo.png", "images/bar signature.png");
        Path out = dir.resolve("written");
        new BundleWriter().write(data, out);
        assertThat(out.resolve("signatories.csv")).content().isEqualTo(signatories);
    }

    @Test
    void withoutImagesTheColumnIsNotWritten() throws Exception {
        new FixtureBundle().text("signatories.csv", HEADER
                + "foo-org,ORGANISATION,1,Foo Organisation,FOO,,,2030-01-01,,\n").writeTo(dir);

        new BundleWriter().write(new BundleReader().read(dir), dir.resolve("written"));

        assertThat(dir.resolve("written/signatories.csv")).content().isEqualTo("""
                id,kind,position,name,acronym,title,country,signed_on,withdrawn_on
                foo-org,ORGANISATION,1,Foo Organisation,FOO,,,2030-01-01,
                """);
    }

    @Test
    void everyBadImageIsReportedWithFileLineAndField() throws Exception {
        byte[] pngMagic = Arrays.copyOf(image("png", 10, 10), 20);                  // a PNG cut short
        byte[] tooBig = Arrays.copyOf(image("png", 10, 10), (int) org.appeal.files.ImageFile.MAX_BYTES + 1);
        new FixtureBundle().text("signatories.csv", HEADER
                        + "a,ORGANISATION,1,A,,,,,,images/missing.png\n"
                        + "b,ORGANISATION,2,B,,,,,,../outside.png\n"
                        + "c,ORGANISATION,3,C,,,,,,images/logo.gif\n"
                        + "d,ORGANISATION,4,D,,,,,,images/text.png\n"
                        + "e,ORGANISATION,5,E,,,,,,images/huge.png\n"
                        + "f,ORGANISATION,6,F,,,,,,images/wide.png\n"
                        + "g,ORGANISATION,7,G,,,,,,images/broken.png\n"
                        + "h,ORGANISATION,8,H,,,,,," + dir.resolve("images/ok.png").toAbsolutePath() + "\n"
                        + "i,ORGANISATION,9,I,,,,,,images\n")
                .bytes("images/logo.gif", image("gif", 10, 10))
                .text("images/text.png", "not an image at all\n")
                .bytes("images/huge.png", tooBig)
                .bytes("images/wide.png", image("png", org.appeal.files.ImageFile.MAX_PIXELS_PER_SIDE + 1, 2))
                .bytes("images/broken.png", pngMagic)
                .bytes("images/ok.png", image("png", 10, 10))
                .writeTo(dir);

        BundleException e = catchThrowableOfType(BundleException.class, () -> new BundleReader().read(dir));

        assertThat(e.problems()).extracting(Object::toString).satisfiesExactly(
                p -> assertThat(p).isEqualTo("signatories.csv:2: signature_image: file 'images/missing.png' does not exist in the bundle folder"),
                p -> assertThat(p).isEqualTo("signatories.csv:3: signature_image: '../outside.png' points outside the bundle folder; a signature image is a file inside the bundle folder, e.g. images/logo.png"),
                p -> assertThat(p).isEqualTo("signatories.csv:4: signature_image: 'images/logo.gif' is not a PNG or JPEG image (judged by its content, not its name)"),
                p -> assertThat(p).isEqualTo("signatories.csv:5: signature_image: 'images/text.png' is not a PNG or JPEG image (judged by its content, not its name)"),
                p -> assertThat(p).isEqualTo("signatories.csv:6: signature_image: 'images/huge.png' is 2.1 MB; an image may be at most 2 MB"),
                p -> assertThat(p).isEqualTo("signatories.csv:7: signature_image: 'images/wide.png' is 4001×2 pixels; at most 4000×4000 is allowed"),
                p -> assertThat(p).startsWith("signatories.csv:8: signature_image: 'images/broken.png' is not a readable PNG image (")
                        .endsWith("); save it again as an RGB or greyscale PNG or JPEG"),
                p -> assertThat(p).startsWith("signatories.csv:9: signature_image: '" + dir.resolve("images/ok.png").toAbsolutePath()
                        + "' is an absolute path"),
                p -> assertThat(p).isEqualTo("signatories.csv:10: signature_image: 'images' is a folder, not a file;"
                        + " a signature image is a file inside the bundle folder, e.g. images/logo.png"));
    }

    @Test
    void theSampleHasNoImagesAndKeepsItsHeader() throws Exception {
        CampaignData sample = new BundleReader().read(BundleReaderSampleTest.SAMPLE);

        assertThat(sample.signatories().all()).noneMatch(Signatory::hasSignatureImage);
        assertThat(Files.readAllLines(BundleReaderSampleTest.SAMPLE.resolve("signatories.csv")).get(0))
                .doesNotContain("signature_image");
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x2040A0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("writer for " + format).isTrue();
        return out.toByteArray();
    }
}
