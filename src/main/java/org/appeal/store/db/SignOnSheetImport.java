package org.appeal.store.db;

import org.appeal.store.signon.ImportOptions;
import org.appeal.store.signon.ImportPlan;
import org.appeal.store.signon.ImportScratch;
import org.appeal.store.signon.SignOnImport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A sign-on sheet into a campaign's signatory list. The sheet is planned against the list as it
 * stands inside the same transaction that applies it, so a dry run and the real import agree, and
 * the import is all or nothing: a refused plan, a stale row or a killed process leaves the list
 * as it was. Neither the list nor the sheet is ever held whole: both stream through an
 * {@link ImportScratch} on disk, so memory stays the same for ten rows or ten million.
 */
public final class SignOnSheetImport {
    private final Workspace workspace;

    public SignOnSheetImport(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** What the import would do; changes nothing. */
    public ImportPlan dryRun(String campaignId, Path sheet, ImportOptions options) {
        return workspace.read(work -> {
            try (ImportScratch scratch = ImportScratch.create()) {
                return plan(work, scratch, campaignId, sheet, options);
            }
        });
    }

    /**
     * Applies the sheet if its plan can be applied, and returns the plan: {@link ImportPlan#applied()}
     * once its transaction has committed. When it cannot be applied, nothing was written and
     * {@link ImportPlan#blockers()} says why.
     */
    public ImportPlan apply(String campaignId, Path sheet, ImportOptions options) {
        ImportPlan plan = workspace.inTransaction(work -> {
            try (ImportScratch scratch = ImportScratch.create()) {
                ImportPlan planned = plan(work, scratch, campaignId, sheet, options);
                if (planned.canApply() && planned.hasChanges()) {
                    SignatoryRepository repository = new SignatoryRepository(work);
                    scratch.forEachUpdate((after, version) -> repository.save(campaignId, after, version));
                    try (SignatoryRepository.Appender appender = repository.appender(campaignId)) {
                        scratch.forEachAddition(appender::add);
                    }
                }
                return planned;
            }
        });
        // Built from what the transaction returned, nothing re-read: once committed, the import is done.
        return plan.canApply() ? plan.asApplied() : plan;
    }

    private static ImportPlan plan(UnitOfWork work, ImportScratch scratch, String campaignId, Path sheet,
                                   ImportOptions options) throws SQLException {
        if (new CampaignRepository(work).find(campaignId).isEmpty()) {
            throw new NoSuchElementException("no campaign '" + campaignId + "'");
        }
        new SignatoryRepository(work).forEach(campaignId, scratch::addExisting);
        try {
            return new SignOnImport(options).plan(sheet, scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sheet + ": " + e.getMessage(), e);
        }
    }
}
