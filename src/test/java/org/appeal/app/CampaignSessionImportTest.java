package org.appeal.app;

import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.store.signon.ImportOptions;
import org.appeal.store.signon.ImportPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's sign-on import (what the wizard calls): a dry run changes nothing; an import is reported applied and shown. */
class CampaignSessionImportTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";
    private static final Path SHEET = Path.of("src/test/resources/signon/01-google-forms-us.csv");

    @TempDir
    Path temp;

    @Test
    void aDryRunThenAnImportOfAMadeUpSheet() throws Exception {
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")));
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        CampaignSession session = CampaignSession.open(workspace, CAMPAIGN);

        ImportPlan dryRun = session.planSheet(SHEET, ImportOptions.defaults());
        int before = session.data().signatories().all().size();
        ImportPlan imported = session.importSheet(SHEET, ImportOptions.defaults());

        assertThat(dryRun.applied()).isFalse();
        assertThat(dryRun.counts().added()).isEqualTo(3);
        assertThat(before).isEqualTo(22);
        assertThat(imported.applied()).isTrue();
        assertThat(imported.counts()).isEqualTo(dryRun.counts());
        assertThat(session.data().signatories().all()).hasSize(25)
                .anySatisfy(s -> assertThat(s.name()).isEqualTo("Example Rights Watch"));
    }
}
