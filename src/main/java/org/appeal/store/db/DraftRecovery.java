package org.appeal.store.db;

import java.time.Instant;
import java.util.Objects;
import org.appeal.domain.LetterDraft;

/** The last autosaved state of an author's unsaved edits, offered back after a crash. */
public record DraftRecovery(LetterDraft draft, String author, Instant savedAt) {
    public DraftRecovery {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
