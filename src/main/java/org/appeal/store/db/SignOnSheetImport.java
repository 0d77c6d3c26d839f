package org.appeal.store.db;

import org.appeal.domain.Signatory;
import org.appeal.store.signon.ImportOptions;
import org.appeal.store.signon.ImportPlan;
import org.appeal.store.signon.SignOnImport;
import org.appeal.store.signon.SignatoryUpdate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A sign-on sheet into a campaign's signatory list. The sheet is planned against the list as it
 * stands inside the same transaction that applies it, so a dry run and the real import agree, and
 * the import is all or nothing: a refused plan, a stale row or a killed process leaves the list
 * as it was.
 */
public final class SignOnSheetImport {
    private final Workspace workspace;

    public SignOnSheetImport(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** What the import would do; changes nothing. */
    public ImportPlan dryRun(String campaignId, Path sheet, ImportOptions options) {
        return workspace.read(work -> plan(work, campaignId, sheet, options).plan());
    }

    /**
     * Applies the sheet if its plan can be applied; returns the plan either way (when it cannot
     * be applied, nothing was written and {@link ImportPlan#blockers()} says why).
     */
    public ImportPlan apply(String campaignId, Path sheet, ImportOptions options) {
        return workspace.inTransaction(work -> {
            Planned planned = plan(work, campaignId, sheet, options);
            ImportPlan plan = planned.plan();
            if (!plan.canApply() || !plan.hasChanges()) {
                return plan;
            }
            SignatoryRepository repository = new SignatoryRepository(work);
            for (SignatoryUpdate update : plan.updated()) {
                repository.save(campaignId, update.after(), planned.versions().get(update.before().id()));
            }
            repository.insertAll(campaignId, plan.added());
            return plan;
        });
    }

    private record Planned(ImportPlan plan, Map<String, Long> versions) {
    }

    private static Planned plan(UnitOfWork work, String campaignId, Path sheet, ImportOptions options)
            throws java.sql.SQLException {
        if (new CampaignRepository(work).find(campaignId).isEmpty()) {
            throw new NoSuchElementException("no campaign '" + campaignId + "'");
        }
        List<Versioned<Signatory>> current = new SignatoryRepository(work).all(campaignId);
        Map<String, Long> versions = new HashMap<>();
        current.forEach(v -> versions.put(v.value().id(), v.version()));
        try {
            return new Planned(new SignOnImport(options).plan(sheet, current.stream().map(Versioned::value).toList()),
                    versions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sheet + ": " + e.getMessage(), e);
        }
    }
}
