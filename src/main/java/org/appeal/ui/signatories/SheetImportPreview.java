package org.appeal.ui.signatories;

import org.appeal.store.signon.ImportPlan;
import org.appeal.store.signon.SheetField;
import org.appeal.store.signon.SheetProblem;
import org.appeal.ui.common.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A sign-on sheet's dry run as the import wizard shows it, in the user's language: how each column
 * is read, the rows added, updated and rejected, and the verdict.
 *
 * @param columns sheet header → what it is read as, in sheet order
 * @param targets everything a column may be read as, {@link #IGNORE} last
 * @param problems the sheet's problems and the first rejected rows', as the reader gave them
 */
public record SheetImportPreview(Map<String, String> columns, List<String> targets, List<String> added,
                                 List<String> updated, List<String> rejected, String verdict, boolean canApply,
                                 boolean hasChanges, List<SheetProblem> problems) {
    /** A column read as nothing. */
    public static final String IGNORE = "ignore";

    public SheetImportPreview {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        targets = List.copyOf(targets);
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        rejected = List.copyOf(rejected);
        problems = List.copyOf(problems);
    }

    /** What a column target is called in the wizard ("Signed on", "Ignore"). */
    public static String label(String target, Messages messages) {
        return messages.get("import.target." + target);
    }

    static SheetImportPreview of(ImportPlan plan, Messages messages) {
        List<String> targets = new ArrayList<>(Stream.of(SheetField.values()).map(SheetField::target).toList());
        targets.add(IGNORE);
        Map<String, String> columns = new LinkedHashMap<>();
        plan.sheet().columns().forEach((field, header) -> columns.put(header, field.target()));
        plan.sheet().ignored().forEach(header -> columns.put(header, IGNORE));
        ImportPlan.Counts counts = plan.counts();
        return new SheetImportPreview(columns, targets,
                withMore(plan.firstAdditions().stream().map(a -> messages.get("import.row", a.row(),
                        a.signatory().name())).toList(), counts.added(), messages),
                withMore(plan.firstUpdates().stream().map(u -> messages.get("import.row", u.row(), u.after().name() + ": "
                        + u.changes().stream().map(c -> c.field() + " " + c.before() + " → " + c.after())
                                .collect(Collectors.joining("; ")))).toList(), counts.updated(), messages),
                withMore(plan.problems().stream().map(Object::toString).toList(),
                        plan.sheet().problems().size() + counts.rejectedProblems(), messages),
                plan.canApply() ? messages.get(plan.hasChanges() ? "import.ready" : "import.nothing", counts.added(),
                        counts.updated(), plan.rejectedRows()) : messages.get("import.blocked", plan.rejectedRows()),
                plan.canApply(), plan.hasChanges(), plan.problems());
    }

    /** A plan keeps only the first rows of each kind; the list says how many more there are. */
    private static List<String> withMore(List<String> shown, int total, Messages messages) {
        if (total <= shown.size()) {
            return shown;
        }
        List<String> items = new ArrayList<>(shown);
        items.add(messages.get("import.more", total - shown.size()));
        return items;
    }
}
