package org.appeal.store.db;

import java.time.Instant;
import java.util.Optional;

/**
 * A save was refused because the row changed since the caller read it (or was added or removed by
 * someone else). Nothing was written; the caller should reload and let the user redo the change.
 * The message is meant to be shown to the user as it is.
 */
public class StaleDataException extends RuntimeException {
    private final String what;
    private final long expectedVersion;
    private final Long currentVersion;
    private final String changedBy;
    private final Instant changedAt;

    /**
     * @param what            the row as a user names it, e.g. {@code Signatory 'hrw'}
     * @param currentVersion  the row's version now, {@code null} if the row no longer exists
     * @param changedBy       who saved that version, {@code null} if unknown
     * @param changedAt       when, {@code null} if unknown
     */
    StaleDataException(String what, long expectedVersion, Long currentVersion, String changedBy,
                       Instant changedAt) {
        super(message(what, expectedVersion, currentVersion, changedBy, changedAt));
        this.what = what;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    private static String message(String what, long expected, Long current, String by, Instant at) {
        String who = by == null ? "" : " by " + by + (at == null ? "" : " at " + at);
        if (current == null) {
            return what + " was deleted by someone else since you opened it (you had version " + expected
                    + "); reload before saving";
        }
        if (expected == 0) {
            return what + " already exists: it was saved" + who + " (version " + current
                    + "); reload before saving";
        }
        return what + " was changed by someone else" + who + " since you opened it (version " + current
                + ", you had " + expected + "); reload before saving";
    }

    public String what() {
        return what;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version the row has now; empty if it was deleted. */
    public Optional<Long> currentVersion() {
        return Optional.ofNullable(currentVersion);
    }

    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }
}
