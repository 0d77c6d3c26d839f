package org.appeal.app;

import org.appeal.domain.Evidence;
import org.appeal.domain.Pinpoint;
import org.appeal.domain.Recipient;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The session says what it wrote, after it wrote it, to whoever subscribed; a cancelled subscription hears nothing. */
class CampaignChangesTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";

    @TempDir
    Path temp;

    private CampaignSession session;
    private final List<CampaignChange> heard = new ArrayList<>();

    @BeforeEach
    void sampleWorkspace() throws Exception {
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")));
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        session = CampaignSession.open(workspace, CAMPAIGN);
    }

    @Test
    void everyWriteIsPublishedOnceTheDataIsUpToDate() {
        Recipient first = session.data().recipients().get(0);
        session.changes().subscribe(change -> {
            heard.add(change);
            if (change == CampaignChange.RECIPIENTS) {
                assertThat(session.data().recipients()).as("subscribers read the new data")
                        .anyMatch(r -> r.office().equals("Made-up office"));
            }
        });

        session.saveRecipient(new Recipient(first.id(), first.role(), first.position(), first.formOfAddress(),
                first.name(), first.title(), "Made-up office", first.addressLines(), first.fax(), first.email()));
        session.saveSignatory(session.data().signatories().all().get(0).withdrawn(LocalDate.of(2025, 7, 1)));
        session.recordApproval(List.of(session.data().signatories().all().get(1)), session.data().letter());
        session.addEvidence(new Evidence("made-up-key", session.data().sources().get(0).id(), "a made-up quote",
                new Pinpoint(Pinpoint.Unit.PARAGRAPH, "1")));
        session.saveLetter(session.data().letter());
        session.autosave(session.data().letter());

        assertThat(heard).as("a recovery copy is not a change of the campaign").containsExactly(CampaignChange.RECIPIENTS,
                CampaignChange.SIGNATORIES, CampaignChange.APPROVALS, CampaignChange.EVIDENCE, CampaignChange.LETTER);
    }

    @Test
    void anEndedSubscriptionHearsNothing() {
        Runnable end = session.changes().subscribe(heard::add);
        end.run();

        session.recordExport();

        assertThat(heard).isEmpty();
    }
}
