package org.appeal.store.signon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What importing a sheet would change (or, once {@link #applied()}, did change), computed without
 * touching the campaign. It holds counts and the first rows of each kind, never the whole sheet,
 * so that it stays small whatever the sheet's size; the changes themselves wait in the
 * {@link ImportScratch} until they are applied, all in one transaction, when the plan
 * {@link #canApply() can} be. A plan with blockers must not be applied in part: all or nothing.
 *
 * @param sheet       what was learnt about the sheet, with its own problems
 * @param counts      how many rows add, update, change nothing, or are rejected
 * @param firstAdditions  the first {@value #SHOWN} new signatories, positioned after the campaign's last one, in sheet order
 * @param firstUpdates    the first {@value #SHOWN} existing signatories whose fields the sheet changes
 * @param firstRejections the first {@value #SHOWN_PROBLEMS} problems of the rows that cannot be imported, in row order
 * @param skipBadRows whether the user asked to import the good rows and leave the rejected ones out
 * @param applied     whether the changes were made (committed)
 */
public record ImportPlan(SheetInfo sheet, Counts counts, List<Addition> firstAdditions, List<SignatoryUpdate> firstUpdates,
                         List<SheetProblem> firstRejections, boolean skipBadRows, boolean applied) {
    /** How many additions and updates a plan keeps to show. */
    public static final int SHOWN = 10;
    /** How many row problems a plan keeps to show: enough to fix a sheet in a sitting. */
    public static final int SHOWN_PROBLEMS = 100;

    /**
     * @param added            rows that add a signatory
     * @param updated          rows that change an existing one
     * @param unchanged        rows that match an existing signatory and change nothing
     * @param rejectedRows     rows that cannot be imported (a row with two problems counts once)
     * @param rejectedProblems the problems of those rows
     */
    public record Counts(int added, int updated, int unchanged, int rejectedRows, int rejectedProblems) {
    }

    public ImportPlan {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(counts, "counts");
        firstAdditions = List.copyOf(firstAdditions);
        firstUpdates = List.copyOf(firstUpdates);
        firstRejections = List.copyOf(firstRejections);
    }

    /** The same plan, recorded as made: its transaction committed. */
    public ImportPlan asApplied() {
        return new ImportPlan(sheet, counts, firstAdditions, firstUpdates, firstRejections, skipBadRows, true);
    }

    /** The sheet's problems, then the first rejected rows'. */
    public List<SheetProblem> problems() {
        List<SheetProblem> all = new ArrayList<>(sheet.problems());
        all.addAll(firstRejections);
        return all;
    }

    public int rejectedRows() {
        return counts.rejectedRows();
    }

    public int unchanged() {
        return counts.unchanged();
    }

    /**
     * What keeps this plan from being applied: every problem of the sheet as a whole (skipping
     * rows cannot help with those), and the rejected rows' (the first ones) unless the user chose to skip bad rows.
     */
    public List<SheetProblem> blockers() {
        if (!sheet.problems().isEmpty() || skipBadRows) {
            return sheet.problems();
        }
        return firstRejections;
    }

    public boolean canApply() {
        return sheet.problems().isEmpty() && (skipBadRows || counts.rejectedProblems() == 0);
    }

    /** Whether applying would change anything. */
    public boolean hasChanges() {
        return counts.added() > 0 || counts.updated() > 0;
    }

    /**
     * The report: the counts, one line per sheet problem and per addition, update and rejection
     * kept (with how many more there are), what was read from which column, and the verdict.
     */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(applied ? "added " : "would add ").append(number(counts.added()))
                .append(applied ? ", updated " : ", update ").append(number(counts.updated()))
                .append(applied ? ", rejected " : ", reject ").append(number(counts.rejectedRows()))
                .append(" (").append(number(counts.unchanged())).append(" unchanged):\n");
        sheet.problems().forEach(p -> text.append("  problem ").append(p).append('\n'));
        firstAdditions.forEach(a -> text.append("  add ").append(a).append('\n'));
        more(text, counts.added() - firstAdditions.size(), applied ? "added" : "to add");
        firstUpdates.forEach(u -> text.append("  update ").append(u).append('\n'));
        more(text, counts.updated() - firstUpdates.size(), applied ? "updated" : "to update");
        firstRejections.forEach(p -> text.append("  reject ").append(p).append('\n'));
        more(text, counts.rejectedProblems() - firstRejections.size(), "problems in rejected rows");
        text.append(sheet.describe()).append('\n');
        text.append(verdict()).append('\n');
        return text.toString();
    }

    private static void more(StringBuilder text, int more, String what) {
        if (more > 0) {
            text.append("  and ").append(number(more)).append(" more ").append(what).append('\n');
        }
    }

    /** Counts as people read them: 1,000,000. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private String verdict() {
        if (!sheet.problems().isEmpty()) {
            return "nothing can be imported until the sheet's problems are fixed";
        }
        int rows = counts.rejectedRows();
        if (rows > 0 && !skipBadRows) {
            return "nothing will be imported: " + number(rows) + (rows == 1 ? " row has" : " rows have")
                    + " problems; fix them, or import with skip bad rows to leave them out";
        }
        String skipped = rows == 0 ? "" : "; the " + number(rows) + " rejected "
                + (rows == 1 ? "row " + (applied ? "was" : "is") : "rows " + (applied ? "were" : "are")) + " left out";
        if (applied) {
            return (hasChanges() ? "imported" : "nothing changed") + skipped;
        }
        return (hasChanges() ? "ready to import" : "nothing to change") + skipped;
    }

    @Override
    public String toString() {
        return summary().lines().findFirst().orElse("") + " " + problems().stream().limit(3).map(SheetProblem::toString)
                .collect(Collectors.joining("; "));
    }
}
