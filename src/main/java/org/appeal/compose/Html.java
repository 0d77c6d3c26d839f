package org.appeal.compose;

import java.util.Objects;

/**
 * Markup that is already rendered and safe: the one kind of value a template inserts without
 * escaping. Everything else a template inserts is escaped.
 */
public record Html(String value) {
    public Html {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
