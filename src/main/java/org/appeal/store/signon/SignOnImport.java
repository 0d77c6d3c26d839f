package org.appeal.store.signon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.appeal.domain.Signatory;

/**
 * Reads a sign-on sheet and plans its import into a campaign's signatory list, streaming rows from
 * the reader into the planner. Nothing is written to the campaign: the {@link ImportPlan} is the
 * dry run, and the changes it counts wait in the {@link ImportScratch} for whoever applies them,
 * in one transaction, when the plan {@link ImportPlan#canApply() can} be applied.
 */
public final class SignOnImport {
    private final ImportOptions options;

    public SignOnImport(ImportOptions options) {
        this.options = options;
    }

    /**
     * Plans against the campaign's signatories already in {@code scratch}, adding the plan's changes to it.
     */
    public ImportPlan plan(Path sheet, ImportScratch scratch) throws IOException {
        SignOnImportPlanner planner = new SignOnImportPlanner(scratch, options);
        return planner.finish(new SignOnSheetReader(options).read(sheet, planner));
    }

    /** @param existing the campaign's whole signatory list, withdrawn signatories included */
    public ImportPlan plan(Path sheet, List<Signatory> existing) throws IOException {
        try (ImportScratch scratch = scratchWith(existing)) {
            return plan(sheet, scratch);
        }
    }

    public ImportPlan plan(byte[] sheet, List<Signatory> existing) {
        try (ImportScratch scratch = scratchWith(existing)) {
            SignOnImportPlanner planner = new SignOnImportPlanner(scratch, options);
            return planner.finish(new SignOnSheetReader(options).read(sheet, planner));
        }
    }

    private static ImportScratch scratchWith(List<Signatory> existing) {
        ImportScratch scratch = ImportScratch.create();
        existing.forEach(s -> scratch.addExisting(s, 1));
        return scratch;
    }
}
