package org.appeal.store.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks a signatory's {@code signature_image}: a PNG or JPEG file inside the bundle folder,
 * small enough to embed in every letter. The format is judged by the file's first bytes, never its
 * name, and the image must decode, so a letter never fails (or prints a broken image) at export.
 */
final class SignatureImageCheck {
    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final int MAX_PIXELS_PER_SIDE = 4000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final Path base;
    private final String file;
    private final Problems problems;

    /** @param file the CSV file the references are in, for the problems */
    SignatureImageCheck(Path bundleDir, String file, Problems problems) {
        this.base = bundleDir.toAbsolutePath().normalize();
        this.file = file;
        this.problems = problems;
    }

    void check(long line, String reference) {
        Path image = inside(line, reference);
        if (image == null) {
            return;
        }
        try {
            long size = Files.size(image);
            if (size > MAX_BYTES) {
                problem(line, "'" + reference + "' is " + megabytes(size) + "; a signature image may be at most 2 MB");
                return;
            }
            String format = format(image);
            if (format == null) {
                problem(line, "'" + reference + "' is not a PNG or JPEG image (judged by its content, not its name)");
                return;
            }
            checkDecodes(line, reference, image, format);
        } catch (IOException e) {
            problem(line, "cannot read '" + reference + "': " + e.getMessage());
        }
    }

    /** The file, when the reference names one inside the bundle folder; else reported. */
    private Path inside(long line, String reference) {
        Path image;
        try {
            image = base.resolve(reference).normalize();
        } catch (InvalidPathException e) {
            problem(line, "not a usable file name: '" + reference + "'");
            return null;
        }
        // A bundle comes from other people: it must not make Appeal read files outside its folder.
        if (Path.of(reference).isAbsolute() || !image.startsWith(base) || image.equals(base)) {
            problem(line, "must name a file inside the bundle folder, e.g. images/logo.png: '" + reference + "'");
            return null;
        }
        if (!Files.isRegularFile(image)) {
            problem(line, "file '" + reference + "' does not exist in the bundle");
            return null;
        }
        return image;
    }

    private static String format(Path image) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(image)) {
            head = in.readNBytes(PNG.length);
        }
        if (startsWith(head, PNG)) {
            return "png";
        }
        return startsWith(head, JPEG) ? "jpeg" : null;
    }

    private void checkDecodes(long line, String reference, Path image, String format) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                problem(line, "cannot read '" + reference + "': this Java has no " + format + " reader");
                return;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE) {
                    problem(line, "'" + reference + "' is " + width + "×" + height + " pixels; at most "
                            + MAX_PIXELS_PER_SIDE + "×" + MAX_PIXELS_PER_SIDE + " is allowed");
                    return;
                }
                reader.read(0);
            } catch (IOException | RuntimeException e) {
                // ImageIO cannot decode CMYK JPEGs either, which PDF/A with an sRGB intent could not hold.
                problem(line, "'" + reference + "' is not a readable " + format.toUpperCase(Locale.ROOT)
                        + " image (" + e.getMessage() + "); save it again as an RGB or greyscale PNG or JPEG");
            } finally {
                reader.dispose();
            }
        }
    }

    private void problem(long line, String message) {
        problems.add(file, line, SignatoriesTable.SIGNATURE_IMAGE, message);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Rounded up, so that a file just over the limit does not read as "2.0 MB". */
    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes / (1024.0 * 1024.0) * 10) / 10);
    }
}
