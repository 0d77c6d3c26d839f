package org.appeal.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One sending of a letter to one recipient, kept as the record a coalition shows later: which
 * letter and version, how, when, by whom, to which address or number, the proof the channel gave
 * (a message id, a fax receipt, a registered-mail number), what became of it, and the SHA-256 of
 * the exact PDF that went out, so a file produced later can be matched against it.
 *
 * <p>A retry is a new delivery: a failed one stays as it was, so the record shows every attempt.
 *
 * @param id            unique within the campaign
 * @param recipientId   the campaign's recipient it went (or is to go) to
 * @param letter        the letter's name: {@link CampaignData#MAIN_LETTER} or a further letter's
 * @param letterVersion the letter's version number in the workspace's draft history when it was
 *                      sent; {@code null} when unknown (a further letter has no history)
 * @param at            when it was sent (or attempted); {@code null} only while planned
 * @param by            who sent it; may be empty only while planned
 * @param address       the e-mail address, fax number or postal address it went to, as used
 * @param reference     what the channel gave back: message id, fax receipt, registered-mail number
 * @param pdfSha256     lowercase hex SHA-256 of the PDF sent; empty only while planned
 */
public record Delivery(String id, String recipientId, String letter, Integer letterVersion, Channel channel,
                       Status status, Instant at, String by, String address, String reference, String note,
                       String pdfSha256) {
    public enum Channel { EMAIL, FAX, POST, BY_HAND, OTHER }

    /** What became of it. Only {@link #SENT} and {@link #CONFIRMED} count as the recipient having it. */
    public enum Status {
        PLANNED, SENT, CONFIRMED, FAILED;

        public boolean delivered() {
            return this == SENT || this == CONFIRMED;
        }
    }

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Delivery {
        requireText(id, "id");
        requireText(recipientId, "recipient");
        requireText(letter, "letter");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        if (letterVersion != null && letterVersion < 1) {
            throw new IllegalArgumentException("a letter version counts from 1, not " + letterVersion);
        }
        by = by == null ? "" : by;
        address = address == null ? "" : address;
        reference = reference == null ? "" : reference;
        note = note == null ? "" : note;
        pdfSha256 = pdfSha256 == null ? "" : pdfSha256.strip().toLowerCase(Locale.ROOT);
        if (!pdfSha256.isEmpty() && !SHA256.matcher(pdfSha256).matches()) {
            throw new IllegalArgumentException("a SHA-256 is 64 hexadecimal digits, not '" + pdfSha256 + "'");
        }
        if (status != Status.PLANNED) {
            // A record of a sending that cannot say when, by whom or which file proves nothing.
            if (at == null) {
                throw new IllegalArgumentException("a delivery that is " + status + " needs the time it was sent");
            }
            if (by.isBlank()) {
                throw new IllegalArgumentException("a delivery that is " + status + " needs who sent it");
            }
            if (pdfSha256.isEmpty()) {
                throw new IllegalArgumentException("a delivery that is " + status
                        + " needs the SHA-256 of the PDF that was sent");
            }
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a delivery needs its " + what);
        }
    }

    /** The same delivery with what became of it: a confirmation of receipt, or a failure reported later. */
    public Delivery withStatus(Status newStatus, String newNote) {
        return new Delivery(id, recipientId, letter, letterVersion, channel, newStatus, at, by, address, reference,
                newNote, pdfSha256);
    }

    /** Whether this delivery sent exactly the PDF with that SHA-256 (any case). */
    public boolean sent(String sha256) {
        return !pdfSha256.isEmpty() && pdfSha256.equalsIgnoreCase(sha256.strip());
    }
}
