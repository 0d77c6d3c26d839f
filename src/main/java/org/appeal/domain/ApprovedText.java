package org.appeal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of what a signatory approves when they sign on: the subject and the body. The
 * letter date, the "as of" date and the layout are not part of it, so moving the date does not ask
 * twenty organisations to sign again; changing a sentence does.
 */
public final class ApprovedText {
    private ApprovedText() {
    }

    /** Lowercase hex SHA-256 of the subject and body in UTF-8. */
    public static String fingerprint(LetterDraft letter) {
        String text = "Subject: " + letter.subject() + "\n\n" + letter.body();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
