package org.appeal.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Images a letter may embed: PNG or JPEG by content, within the limits, decoding to the last byte. Made-up images. */
class ImageFileTest {
    @TempDir
    Path dir;

    @Test
    void wholePngAndJpegPass() throws IOException {
        assertThat(ImageFile.problem(write("a.png", image("png")), "a.png")).isEmpty();
        assertThat(ImageFile.problem(write("b.jpg", image("jpeg")), "b.jpg")).isEmpty();
    }

    @Test
    void aJpegCutShortIsRefusedThoughJavaOnlyWarnsAboutIt() throws IOException {
        byte[] jpeg = image("jpeg");
        Path cut = write("cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 2 / 3));

        assertThat(ImageFile.problem(cut, "images/cut.jpg")).hasValueSatisfying(p -> assertThat(p)
                .startsWith("'images/cut.jpg' is not a readable JPEG image (")
                .contains("cut short or damaged"));
    }

    @Test
    void aPngCutShortIsRefused() throws IOException {
        byte[] png = image("png");
        // In the header, in the image data, and just before the end marker (the image data all there).
        for (int length : new int[] {20, png.length / 2, png.length - 30, png.length - 12}) {
            Path cut = write("cut" + length + ".png", Arrays.copyOf(png, length));

            assertThat(ImageFile.problem(cut, "cut.png")).as("%d of %d bytes", length, png.length)
                    .hasValueSatisfying(p -> assertThat(p).startsWith("'cut.png' is not a readable PNG image ("));
        }
    }

    @Test
    void otherFilesAreRefusedByContentWhateverTheirName() throws IOException {
        assertThat(ImageFile.problem(write("text.png", "not an image\n".getBytes()), "text.png"))
                .contains("'text.png' is not a PNG or JPEG image (judged by its content, not its name)");
        assertThat(ImageFile.problem(write("logo.png", image("gif")), "logo.png"))
                .hasValueSatisfying(p -> assertThat(p).contains("is not a PNG or JPEG image"));
        assertThat(ImageFile.problem(write("empty.png", new byte[0]), "empty.png"))
                .hasValueSatisfying(p -> assertThat(p).contains("is not a PNG or JPEG image"));
    }

    @Test
    void tooLargeIsRefused() throws IOException {
        Path big = write("big.png", Arrays.copyOf(image("png"), (int) ImageFile.MAX_BYTES + 1));

        assertThat(ImageFile.problem(big, "big.png")).contains("'big.png' is 2.1 MB; an image may be at most 2 MB");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A 300×200 image with some detail, so that a cut falls inside the image data. */
    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 300; i += 7) {
            g.setColor(new Color((i * 37) % 256, (i * 91) % 256, (i * 13) % 256));
            g.fillRect(i, (i * 3) % 200, 7, 200 - (i * 3) % 200);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
