package org.appeal.domain;

import java.util.Objects;

/** Where in a source a quote stands: "para. 8", "p. 12", "section 3". */
public record Pinpoint(Unit unit, String value) {
    public enum Unit { PARAGRAPH, PAGE, SECTION }

    public Pinpoint {
        Objects.requireNonNull(unit, "unit");
        value = value == null ? "" : value.strip();
    }
}
