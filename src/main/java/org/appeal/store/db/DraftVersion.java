package org.appeal.store.db;

import java.time.Instant;
import java.util.Objects;

/**
 * One explicit save of a campaign's letter.
 *
 * @param number  1, 2, 3... per campaign, in save order
 * @param sha256  lowercase hex SHA-256 of the draft's {@link DraftText}
 */
public record DraftVersion(int number, String author, Instant savedAt, String sha256) {
    public DraftVersion {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(sha256, "sha256");
    }
}
