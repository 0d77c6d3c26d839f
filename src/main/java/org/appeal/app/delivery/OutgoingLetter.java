package org.appeal.app.delivery;

import org.appeal.domain.PdfFingerprint;
import org.appeal.domain.Recipient;

import java.util.Objects;

/**
 * One recipient's own PDF, ready to go: the exact bytes that will be attached, and so hashed into
 * the delivery record.
 *
 * @param letterVersion the letter's version in the draft history the PDF was exported from; null when unknown
 */
public record OutgoingLetter(Recipient recipient, String fileName, byte[] pdf, Integer letterVersion) {
    public OutgoingLetter {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(fileName, "fileName");
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    public String sha256() {
        return PdfFingerprint.of(pdf);
    }

    @Override
    public String toString() {
        return "OutgoingLetter[" + recipient.id() + ", " + fileName + ", " + pdf.length + " bytes]";
    }
}
