package org.appeal.store.signon;

import java.util.List;
import java.util.stream.Collectors;
import org.appeal.domain.Signatory;

/**
 * An existing signatory that a sheet row changes. {@code before} is kept so that whoever applies the
 * plan can check that nobody changed the signatory in the meantime.
 */
public record SignatoryUpdate(int row, long line, Signatory before, Signatory after, List<FieldChange> changes) {
    public SignatoryUpdate {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("an update keeps the id: " + before.id() + " vs " + after.id());
        }
        changes = List.copyOf(changes);
    }

    @Override
    public String toString() {
        return "row " + row + " (line " + line + "): '" + before.name() + "' (" + before.id() + "): "
                + changes.stream().map(FieldChange::toString).collect(Collectors.joining(", "));
    }
}
