package org.appeal.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image file a campaign holds: a signatory's signature or logo, under the path its
 * {@link Signatory#signatureImage()} names ({@code images/hrw.png}). The workspace keeps the bytes,
 * so a letter rendered from it prints the image, and a bundle written from it carries the file.
 * Whether the bytes may be embedded was checked when they came in (a bundle's file, a file the
 * user chose); here they are only held.
 *
 * @param path  the name signatories use for it, relative to the campaign (a bundle's folder)
 * @param bytes the file's content, PNG or JPEG
 */
public record CampaignImage(String path, byte[] bytes) {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    public CampaignImage {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("an image needs a path");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** {@code image/png} or {@code image/jpeg}, judged by the first bytes as the checks that let it in did. */
    public String mediaType() {
        if (startsWith(PNG)) {
            return "image/png";
        }
        if (startsWith(JPEG)) {
            return "image/jpeg";
        }
        throw new IllegalStateException("image '" + path + "' is neither PNG nor JPEG");
    }

    private boolean startsWith(byte[] head) {
        return bytes.length >= head.length && Arrays.equals(bytes, 0, head.length, head, 0, head.length);
    }

    /** Equal paths and equal bytes: two reads of the same file are the same image. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CampaignImage image && path.equals(image.path) && Arrays.equals(bytes, image.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CampaignImage[" + path + ", " + bytes.length + " bytes]";
    }
}
