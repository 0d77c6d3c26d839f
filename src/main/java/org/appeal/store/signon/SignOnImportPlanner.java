package org.appeal.store.signon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.appeal.domain.Signatory;

/**
 * Compares sheet rows, fed one at a time in sheet order, with a campaign's signatories and works out
 * the {@link ImportPlan}. Everything is a hash lookup, so a plan costs time linear in the rows.
 * <p>
 * A row is the existing signatory with its id, when the sheet has an id column and the cell is
 * filled, and otherwise the one whose name has the same {@link NameKey}. For a match the plan
 * changes only what the row says differently, and never:
 * <ul>
 *   <li>empties a field because a cell is empty;</li>
 *   <li>renames a signatory matched by name (the campaign's spelling wins over the sheet's);</li>
 *   <li>changes the kind unless a kind cell states it (an inferred kind is only a default);</li>
 *   <li>moves the sign-on date later: the earliest known date stands, so letters already sent keep
 *       the signatories they listed (a second submission of the form is not a new sign-on);</li>
 *   <li>touches withdrawal: a withdrawn signatory stays withdrawn.</li>
 * </ul>
 * Each signatory may appear once in a sheet: a later row with the same id, or with the same name
 * where the two rows do not both carry (different) ids, or matching the same existing signatory, is
 * rejected as a duplicate of the first, which alone is imported (when bad rows are skipped).
 * Re-importing a sheet therefore adds and changes nothing.
 */
public final class SignOnImportPlanner implements Consumer<SheetRow> {
    private final ImportOptions options;
    private final Map<String, Signatory> existingById = new HashMap<>();
    private final Map<String, List<Signatory>> existingByName = new HashMap<>();
    private final SignatoryIds ids;
    private final Map<String, Integer> rowById = new HashMap<>();
    private final Map<String, NameSeen> rowByName = new HashMap<>();
    private final Map<String, Integer> rowByMatch = new HashMap<>();
    private final List<Addition> additions = new ArrayList<>();
    private final List<SignatoryUpdate> updated = new ArrayList<>();
    private final List<SheetProblem> rejected = new ArrayList<>();
    private int nextPosition = 1;
    private int unchanged;
    private boolean finished;

    /** The first row that had a name, and the first one that had it without an id (0 for none). */
    private record NameSeen(int row, int rowWithoutId, String name) {
    }

    public SignOnImportPlanner(List<Signatory> existing, ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        for (Signatory s : existing) {
            existingById.put(s.id(), s);
            existingByName.computeIfAbsent(NameKey.of(s.name()), k -> new ArrayList<>(1)).add(s);
            nextPosition = Math.max(nextPosition, s.position() + 1);
        }
        ids = new SignatoryIds(existingById.keySet());
    }

    /** Plans one row; rows must come in sheet order. */
    @Override
    public void accept(SheetRow row) {
        if (finished) {
            throw new IllegalStateException("the plan is already finished");
        }
        String key = row.name().isEmpty() ? "" : NameKey.of(row.name());
        String duplicate = duplicateOf(row, key);
        // Such a name could never be matched again, so a second import would add it twice.
        boolean unmatchable = !row.name().isEmpty() && key.isEmpty();
        if (!row.isValid() || duplicate != null || unmatchable) {
            rejected.addAll(row.problems());
            if (unmatchable) {
                reject(row, "the name '" + row.name() + "' has no letters or digits to recognise it by");
            }
            if (duplicate != null) {
                reject(row, duplicate);
            }
            return;
        }
        int rejectedBefore = rejected.size();
        Signatory match = match(row, key);
        if (rejected.size() > rejectedBefore) {
            return;
        }
        if (match == null) {
            add(row);
        } else {
            Integer first = rowByMatch.putIfAbsent(match.id(), row.row());
            if (first != null) {
                reject(row, "the same signatory as row " + first + " ('" + match.name() + "', id " + match.id()
                        + "): a sheet lists each signatory once");
            } else {
                update(row, match);
            }
        }
    }

    public ImportPlan finish(SheetInfo sheet) {
        finished = true;
        return new ImportPlan(sheet, additions, updated, unchanged, rejected, options.skipBadRows());
    }

    /** Registers the row's id and name, and says which earlier row it repeats, if any. */
    private String duplicateOf(SheetRow row, String key) {
        String id = row.id();
        if (!id.isEmpty()) {
            Integer first = rowById.putIfAbsent(id, row.row());
            if (first != null) {
                return "the same id '" + id + "' as row " + first + ": a sheet lists each signatory once";
            }
        }
        if (key.isEmpty()) {
            return null;
        }
        NameSeen seen = rowByName.get(key);
        if (seen == null) {
            rowByName.put(key, new NameSeen(row.row(), id.isEmpty() ? row.row() : 0, row.name()));
            return null;
        }
        int first = id.isEmpty() ? seen.row() : seen.rowWithoutId();
        if (id.isEmpty() && seen.rowWithoutId() == 0) {
            rowByName.put(key, new NameSeen(seen.row(), row.row(), seen.name()));
        }
        return first == 0 ? null : "the same signatory as row " + first + " ('" + seen.name()
                + "'): a sheet lists each signatory once";
    }

    /** The existing signatory the row is; {@code null} for a new one, or when the row is rejected here. */
    private Signatory match(SheetRow row, String key) {
        List<Signatory> sameName = existingByName.getOrDefault(key, List.of());
        if (!row.id().isEmpty()) {
            Signatory byId = existingById.get(row.id());
            if (byId != null) {
                return byId;
            }
            if (!sameName.isEmpty()) {
                return rejectMatch(row, "id '" + row.id() + "' is new, but the name is that of signatory "
                        + sameName.get(0).id() + "; give that id, or leave the id empty");
            }
            if (ids.isTaken(row.id())) {
                return rejectMatch(row, "id '" + row.id() + "' was already given to a signatory this sheet adds");
            }
            return null;
        }
        if (sameName.size() > 1) {
            return rejectMatch(row, "the name matches " + sameName.size() + " signatories ("
                    + sameName.stream().map(Signatory::id).collect(Collectors.joining(", "))
                    + "); add an id column to say which");
        }
        return sameName.isEmpty() ? null : sameName.get(0);
    }

    private Signatory rejectMatch(SheetRow row, String message) {
        reject(row, message);
        return null;
    }

    private void add(SheetRow row) {
        String id = row.id().isEmpty() ? ids.newId(row.name()) : ids.take(row.id());
        Signatory s = new Signatory(id, row.kind(), nextPosition++, row.name(), row.acronym(), row.title(),
                row.country(), row.signedOn(), null);
        additions.add(new Addition(row.row(), row.line(), s));
    }

    private void update(SheetRow row, Signatory before) {
        List<FieldChange> changes = new ArrayList<>();
        String name = changed("name", before.name(), row.id().isEmpty() ? "" : row.name(), changes);
        Signatory.Kind kind = before.kind();
        if (row.kindGiven() && row.kind() != kind) {
            changes.add(new FieldChange("kind", kind.name(), row.kind().name()));
            kind = row.kind();
        }
        String acronym = changed("acronym", before.acronym(), row.acronym(), changes);
        String title = changed("title", before.title(), row.title(), changes);
        String country = changed("country", before.country(), row.country(), changes);
        LocalDate signedOn = before.signedOn();
        if (row.signedOn() != null && (signedOn == null || row.signedOn().isBefore(signedOn))) {
            String known = signedOn == null ? "" : signedOn.toString();
            changes.add(new FieldChange("signedOn", known, row.signedOn().toString()));
            signedOn = row.signedOn();
        }
        if (changes.isEmpty()) {
            unchanged++;
            return;
        }
        Signatory after = new Signatory(before.id(), kind, before.position(), name, acronym, title, country, signedOn,
                before.withdrawnOn(), before.signatureImage(), before.alt());
        updated.add(new SignatoryUpdate(row.row(), row.line(), before, after, changes));
    }

    /** The new value when the cell holds one that differs; an empty cell keeps what is there. */
    private static String changed(String field, String before, String cell, List<FieldChange> changes) {
        if (cell.isEmpty() || cell.equals(before)) {
            return before;
        }
        changes.add(new FieldChange(field, before, cell));
        return cell;
    }

    private void reject(SheetRow row, String message) {
        rejected.add(new SheetProblem(row.row(), row.line(), "", message));
    }
}
