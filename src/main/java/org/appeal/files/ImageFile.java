package org.appeal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether a file is an image a letter may embed: PNG or JPEG judged by its first bytes (never its
 * name), small enough to put in every letter, and decoding <em>completely</em>. The PDF converter
 * copies a JPEG's data without decoding it, so a JPEG cut short would print as a blank or half
 * image; Java's reader notices, but only as a warning, which counts as a failure here.
 */
public final class ImageFile {
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final int MAX_PIXELS_PER_SIDE = 4000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** A PNG ends with this chunk (length 0, type IEND, its CRC); Java's reader stops before looking for it. */
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private ImageFile() {
    }

    /**
     * What is wrong with the image, in words that name it as {@code shownName}; empty when it may be embedded.
     *
     * @param file a regular file, already found inside its folder ({@link ConfinedFolder})
     */
    public static Optional<String> problem(Path file, String shownName) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Optional.of("'" + shownName + "' is " + megabytes(size) + "; an image may be at most 2 MB");
            }
            String format = format(file);
            if (format == null) {
                return Optional.of("'" + shownName + "' is not a PNG or JPEG image (judged by its content, not its name)");
            }
            return decodes(file, shownName, format);
        } catch (IOException e) {
            return Optional.of("cannot read '" + shownName + "': " + e.getMessage());
        }
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

    private static Optional<String> decodes(Path image, String shownName, String format) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                return Optional.of("cannot read '" + shownName + "': this Java has no " + format + " reader");
            }
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            IIOReadWarningListener listener = (source, warning) -> warnings.add(warning);
            reader.addIIOReadWarningListener(listener);
            String unreadable = "'" + shownName + "' is not a readable " + format.toUpperCase(Locale.ROOT) + " image (";
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE) {
                    return Optional.of("'" + shownName + "' is " + width + "×" + height + " pixels; at most "
                            + MAX_PIXELS_PER_SIDE + "×" + MAX_PIXELS_PER_SIDE + " is allowed");
                }
                reader.read(0);
            } catch (IOException | RuntimeException e) {
                // ImageIO cannot decode CMYK JPEGs either, which PDF/A with an sRGB intent could not hold.
                return Optional.of(unreadable + e.getMessage() + "); save it again as an RGB or greyscale PNG or JPEG");
            } finally {
                reader.dispose();
            }
            if (format.equals("png") && !endsWith(image, PNG_END)) {
                warnings.add("the file ends before the PNG's end marker");
            }
            if (!warnings.isEmpty()) {
                return Optional.of(unreadable + String.join("; ", warnings)
                        + "); it looks cut short or damaged: save it again as PNG or JPEG");
            }
            return Optional.empty();
        }
    }

    private static boolean endsWith(Path file, byte[] suffix) throws IOException {
        long size = Files.size(file);
        if (size < suffix.length) {
            return false;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer tail = ByteBuffer.allocate(suffix.length);
            channel.position(size - suffix.length);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // read until the buffer is full
            }
            return Arrays.equals(tail.array(), suffix);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Rounded up, so that a file just over the limit does not read as "2.0 MB". */
    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes / (1024.0 * 1024.0) * 10) / 10);
    }
}
