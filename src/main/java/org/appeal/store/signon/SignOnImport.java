package org.appeal.store.signon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.appeal.domain.Signatory;

/**
 * Reads a sign-on sheet and plans its import into a campaign's signatory list, streaming rows from
 * the reader into the planner. Nothing is written: the {@link ImportPlan} is the dry run, and the
 * one thing a caller applies, in one transaction, when it {@link ImportPlan#canApply() can}.
 */
public final class SignOnImport {
    private final ImportOptions options;

    public SignOnImport(ImportOptions options) {
        this.options = options;
    }

    /** @param existing the campaign's whole signatory list, withdrawn signatories included */
    public ImportPlan plan(Path sheet, List<Signatory> existing) throws IOException {
        SignOnImportPlanner planner = new SignOnImportPlanner(existing, options);
        return planner.finish(new SignOnSheetReader(options).read(sheet, planner));
    }

    public ImportPlan plan(byte[] sheet, List<Signatory> existing) {
        SignOnImportPlanner planner = new SignOnImportPlanner(existing, options);
        return planner.finish(new SignOnSheetReader(options).read(sheet, planner));
    }
}
