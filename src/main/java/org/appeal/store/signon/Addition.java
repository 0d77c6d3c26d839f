package org.appeal.store.signon;

import java.util.Objects;
import org.appeal.domain.Signatory;

/** A new signatory a sheet row would add, with the row it comes from for the dry-run report. */
public record Addition(int row, long line, Signatory signatory) {
    public Addition {
        Objects.requireNonNull(signatory, "signatory");
    }

    @Override
    public String toString() {
        return "row " + row + " (line " + line + "): '" + signatory.name() + "' ("
                + signatory.kind().name().toLowerCase(java.util.Locale.ROOT) + ", id " + signatory.id() + ", position "
                + signatory.position() + ")";
    }
}
