package org.appeal.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * That a signatory approved a text: the fingerprint of its subject and body
 * ({@link ApprovedText#fingerprint}), who recorded it and when. A bundle carries these, so the
 * question "who must be asked again" has the same answer after an export and an import.
 */
public record Approval(String signatoryId, String textSha256, String recordedBy, Instant recordedAt) {
    public Approval {
        Objects.requireNonNull(signatoryId, "signatoryId");
        Objects.requireNonNull(textSha256, "textSha256");
        recordedBy = recordedBy == null ? "" : recordedBy;
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
