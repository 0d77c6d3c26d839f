package org.appeal.ui.shell;

import javafx.scene.Node;
import org.appeal.app.CampaignChange;
import org.appeal.app.CampaignSession;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.screen.CampaignScreen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What one screen writes reaches every screen, on the thread the shell names; screens with one id are refused. */
class OpenCampaignTest {
    @TempDir
    Path temp;

    private CampaignSession session;
    /** Stands in for the FX thread: work handed to it runs when the test says. */
    private final List<Runnable> uiThread = new ArrayList<>();

    /** A made-up screen that only records what it hears. */
    private record Listening(String id, List<CampaignChange> heard) implements CampaignScreen<List<CampaignChange>> {
        Listening(String id) {
            this(id, new ArrayList<>());
        }

        @Override
        public Node node() {
            throw new UnsupportedOperationException("not shown in this test");
        }

        @Override
        public List<CampaignChange> viewModel() {
            return heard;
        }

        @Override
        public void campaignChanged(CampaignChange change) {
            heard.add(change);
        }
    }

    @BeforeEach
    void sampleWorkspace() throws Exception {
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")));
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        session = CampaignSession.open(workspace, "rok-unga80-dprk-2025");
    }

    @Test
    void aWriteReachesEveryScreenOnTheUiThreadInOrder() {
        Listening a = new Listening("a");
        Listening b = new Listening("b");
        OpenCampaign campaign = new OpenCampaign(session, null, List.of(a, b), uiThread::add);

        session.recordApproval(List.of(session.data().signatories().all().get(0)), session.data().letter());
        session.recordExport();
        assertThat(a.heard()).as("not on the writing thread").isEmpty();
        uiThread.forEach(Runnable::run);

        assertThat(a.heard()).containsExactly(CampaignChange.APPROVALS, CampaignChange.LETTER);
        assertThat(b.heard()).containsExactly(CampaignChange.APPROVALS, CampaignChange.LETTER);
        assertThat(campaign.viewModel("b", List.class)).isSameAs(b.heard());
    }

    @Test
    void aClosedCampaignsScreensHearNoMore() {
        Listening a = new Listening("a");
        OpenCampaign campaign = new OpenCampaign(session, null, List.of(a), uiThread::add);

        campaign.close();
        session.recordExport();

        assertThat(uiThread).isEmpty();
    }

    @Test
    void twoScreensWithOneIdOrNoScreenAtAllAreRefused() {
        assertThatThrownBy(() -> new OpenCampaign(session, null, List.of(new Listening("a"), new Listening("a")), Runnable::run))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenCampaign(session, null, List.of(), Runnable::run))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenCampaign(session, null, List.of(new Listening("a")), Runnable::run).screen("b"))
                .hasMessage("no screen 'b'");
    }
}
