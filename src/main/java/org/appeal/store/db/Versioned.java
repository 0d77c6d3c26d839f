package org.appeal.store.db;

import java.util.Objects;

/**
 * A value as read from the workspace, with the row version the reader must hand back when saving
 * it, so that a save made from an outdated copy can be refused instead of overwriting newer work.
 */
public record Versioned<T>(T value, long version) {
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 1) {
            throw new IllegalArgumentException("a stored row has version 1 or more, not " + version);
        }
    }
}
