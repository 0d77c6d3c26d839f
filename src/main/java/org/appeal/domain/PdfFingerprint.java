package org.appeal.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 a {@link Delivery} records of the exact bytes it sent, in the lowercase hex that
 * {@code sha256sum} prints, so anyone can match a file to a sending without Appeal.
 */
public final class PdfFingerprint {
    private PdfFingerprint() {
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
