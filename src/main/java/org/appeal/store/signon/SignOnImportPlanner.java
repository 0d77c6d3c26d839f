package org.appeal.store.signon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.appeal.domain.Signatory;

/**
 * Compares sheet rows, fed one at a time in sheet order, with a campaign's signatories and works out
 * the {@link ImportPlan}. What it must remember of the rows it has seen, and the changes it plans,
 * go to an {@link ImportScratch} on disk, and every look-up there is by an index: the plan costs
 * time linear in the rows, and memory that does not grow with them (the plan keeps counts and the
 * first few rows of each kind to show).
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
    /** How many signatories sharing a name a refusal lists by id. */
    private static final int NAMED_TWINS = 5;

    private final ImportOptions options;
    private final ImportScratch scratch;
    private final SignatoryIds ids;
    private final List<Addition> additions = new ArrayList<>();
    private final List<SignatoryUpdate> updated = new ArrayList<>();
    private final List<SheetProblem> rejected = new ArrayList<>();
    private int additionCount;
    private int updateCount;
    private int rejectedProblems;
    private int rejectedRows;
    private int lastRejectedRow;
    private int nextPosition;
    private int unchanged;
    private boolean finished;

    /**
     * @param scratch holding the campaign's signatories as they are ({@link ImportScratch#addExisting});
     *                the plan's changes are added to it
     */
    public SignOnImportPlanner(ImportScratch scratch, ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
        this.nextPosition = scratch.lastPosition() + 1;
        this.ids = new SignatoryIds(scratch);
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
            row.problems().forEach(this::rejected);
            if (unmatchable) {
                reject(row, "the name '" + row.name() + "' has no letters or digits to recognise it by");
            }
            if (duplicate != null) {
                reject(row, duplicate);
            }
            return;
        }
        int rejectedBefore = rejectedProblems;
        Signatory match = match(row, key);
        if (rejectedProblems > rejectedBefore) {
            return;
        }
        if (match == null) {
            add(row);
        } else {
            int first = scratch.firstRowMatching(match.id(), row.row());
            if (first != 0) {
                reject(row, "the same signatory as row " + first + " ('" + match.name() + "', id " + match.id()
                        + "): a sheet lists each signatory once");
            } else {
                update(row, match);
            }
        }
    }

    public ImportPlan finish(SheetInfo sheet) {
        finished = true;
        return new ImportPlan(sheet, new ImportPlan.Counts(additionCount, updateCount, unchanged, rejectedRows,
                rejectedProblems), additions, updated, rejected, options.skipBadRows(), false);
    }

    /** Registers the row's id and name, and says which earlier row it repeats, if any. */
    private String duplicateOf(SheetRow row, String key) {
        String id = row.id();
        if (!id.isEmpty()) {
            int first = scratch.firstRowWithId(id, row.row());
            if (first != 0) {
                return "the same id '" + id + "' as row " + first + ": a sheet lists each signatory once";
            }
        }
        if (key.isEmpty()) {
            return null;
        }
        ImportScratch.NameSeen seen = scratch.registerName(key,
                new ImportScratch.NameSeen(row.row(), id.isEmpty() ? row.row() : 0, row.name()));
        if (seen == null) {
            return null;
        }
        int first = id.isEmpty() ? seen.row() : seen.rowWithoutId();
        if (id.isEmpty() && seen.rowWithoutId() == 0) {
            scratch.nameSeenWithoutId(key, row.row());
        }
        return first == 0 ? null : "the same signatory as row " + first + " ('" + seen.name()
                + "'): a sheet lists each signatory once";
    }

    /** The existing signatory the row is; {@code null} for a new one, or when the row is rejected here. */
    private Signatory match(SheetRow row, String key) {
        List<Signatory> sameName = scratch.existingByName(key, NAMED_TWINS + 1);
        if (!row.id().isEmpty()) {
            Signatory byId = scratch.existingById(row.id());
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
            long count = sameName.size() > NAMED_TWINS ? scratch.countByName(key) : sameName.size();
            String more = count > NAMED_TWINS ? " and " + (count - NAMED_TWINS) + " more" : "";
            return rejectMatch(row, "the name matches " + count + " signatories ("
                    + sameName.stream().limit(NAMED_TWINS).map(Signatory::id).collect(Collectors.joining(", "))
                    + more + "); add an id column to say which");
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
        scratch.addition(row.row(), s);
        additionCount++;
        if (additions.size() < ImportPlan.SHOWN) {
            additions.add(new Addition(row.row(), row.line(), s));
        }
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
        scratch.update(row.row(), after);
        updateCount++;
        if (updated.size() < ImportPlan.SHOWN) {
            updated.add(new SignatoryUpdate(row.row(), row.line(), before, after, changes));
        }
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
        rejected(new SheetProblem(row.row(), row.line(), "", message));
    }

    /** Counts every problem and every row with one; keeps the first ones to show. A row's problems come together. */
    private void rejected(SheetProblem problem) {
        rejectedProblems++;
        if (problem.row() != lastRejectedRow) {
            rejectedRows++;
            lastRejectedRow = problem.row();
        }
        if (rejected.size() < ImportPlan.SHOWN_PROBLEMS) {
            rejected.add(problem);
        }
    }
}
