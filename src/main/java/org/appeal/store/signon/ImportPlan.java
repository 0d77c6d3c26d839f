package org.appeal.store.signon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.appeal.domain.Signatory;

/**
 * Exactly what importing a sheet would change, computed without touching anything: the caller shows
 * it ({@link #summary()}, the dry run) or, when {@link #canApply()}, applies all of it in one
 * transaction. A plan with blockers must not be applied in part: all or nothing.
 *
 * @param sheet       what was learnt about the sheet, with its own problems
 * @param additions   new signatories, positioned after the campaign's last one, in sheet order
 * @param updated     existing signatories whose fields the sheet changes
 * @param unchanged   rows that match an existing signatory and change nothing
 * @param rejected    problems of the rows that cannot be imported, in row order (a row may have several)
 * @param skipBadRows whether the user asked to import the good rows and leave the rejected ones out
 */
public record ImportPlan(SheetInfo sheet, List<Addition> additions, List<SignatoryUpdate> updated, int unchanged,
                         List<SheetProblem> rejected, boolean skipBadRows) {
    public ImportPlan {
        Objects.requireNonNull(sheet, "sheet");
        additions = List.copyOf(additions);
        updated = List.copyOf(updated);
        rejected = List.copyOf(rejected);
    }

    /** The new signatories, in sheet order. */
    public List<Signatory> added() {
        return additions.stream().map(Addition::signatory).toList();
    }

    /** The sheet's problems, then the rejected rows'. */
    public List<SheetProblem> problems() {
        List<SheetProblem> all = new ArrayList<>(sheet.problems());
        all.addAll(rejected);
        return all;
    }

    /** How many rows were rejected (a row with two problems counts once). */
    public int rejectedRows() {
        return (int) rejected.stream().mapToInt(SheetProblem::row).distinct().count();
    }

    /**
     * What keeps this plan from being applied: every problem of the sheet as a whole (skipping
     * rows cannot help with those), and every rejected row's unless the user chose to skip bad rows.
     */
    public List<SheetProblem> blockers() {
        if (!sheet.problems().isEmpty() || skipBadRows) {
            return sheet.problems();
        }
        return rejected;
    }

    public boolean canApply() {
        return blockers().isEmpty();
    }

    /** Whether applying would change anything. */
    public boolean hasChanges() {
        return !additions.isEmpty() || !updated.isEmpty();
    }

    /**
     * The campaign's list after the import, from the list the plan was made against: a pure
     * statement of what one transaction must do (updates in place, additions at the end).
     *
     * @throws IllegalStateException when the plan has blockers, or {@code current} is no longer the
     *                               list the plan was made against
     */
    public List<Signatory> applyTo(List<Signatory> current) {
        if (!canApply()) {
            throw new IllegalStateException("the plan cannot be applied: " + blockers().get(0)
                    + (blockers().size() > 1 ? " (and " + (blockers().size() - 1) + " more)" : ""));
        }
        Map<String, SignatoryUpdate> updates = new HashMap<>();
        updated.forEach(u -> updates.put(u.before().id(), u));
        Set<String> ids = new HashSet<>();
        List<Signatory> result = new ArrayList<>(current.size() + additions.size());
        for (Signatory s : current) {
            ids.add(s.id());
            SignatoryUpdate update = updates.get(s.id());
            if (update != null && !update.before().equals(s)) {
                throw new IllegalStateException("signatory " + s.id() + " changed since the plan was made");
            }
            result.add(update == null ? s : update.after());
        }
        if (!ids.containsAll(updates.keySet())) {
            throw new IllegalStateException("a signatory the plan updates is no longer in the list");
        }
        for (Signatory s : added()) {
            if (!ids.add(s.id())) {
                throw new IllegalStateException("signatory id " + s.id() + " was taken since the plan was made");
            }
            result.add(s);
        }
        return result;
    }

    /**
     * The dry-run report: the counts, one line per sheet problem, addition, update and rejection,
     * what was read from which column, and the verdict.
     */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("would add ").append(additions.size()).append(", update ").append(updated.size())
                .append(", reject ").append(rejectedRows()).append(" (").append(unchanged).append(" unchanged):\n");
        sheet.problems().forEach(p -> text.append("  problem ").append(p).append('\n'));
        additions.forEach(a -> text.append("  add ").append(a).append('\n'));
        updated.forEach(u -> text.append("  update ").append(u).append('\n'));
        rejected.forEach(p -> text.append("  reject ").append(p).append('\n'));
        text.append(sheet.describe()).append('\n');
        text.append(verdict()).append('\n');
        return text.toString();
    }

    private String verdict() {
        if (!sheet.problems().isEmpty()) {
            return "nothing can be imported until the sheet's problems are fixed";
        }
        if (!rejected.isEmpty() && !skipBadRows) {
            int rows = rejectedRows();
            return "nothing will be imported: " + rows + (rows == 1 ? " row has" : " rows have")
                    + " problems; fix them, or import with skip bad rows to leave them out";
        }
        String skipped = rejected.isEmpty() ? "" : "; the " + rejectedRows() + " rejected "
                + (rejectedRows() == 1 ? "row is" : "rows are") + " left out";
        return (hasChanges() ? "ready to import" : "nothing to change") + skipped;
    }

    @Override
    public String toString() {
        return summary().lines().findFirst().orElse("") + " " + problems().stream().limit(3).map(SheetProblem::toString)
                .collect(Collectors.joining("; "));
    }
}
