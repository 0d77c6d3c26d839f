package org.appeal.ui.versions;

import org.appeal.app.CampaignChange;
import org.appeal.app.CampaignSession;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.EditedLetter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's letter and its Korean version side by side, and what the screen flags when the
 * editor's text parts from the other version. The edits are made up.
 */
class VersionsViewModelTest {
    @TempDir
    Path temp;

    private CampaignSession session;
    private EditedLetter edited;

    @BeforeEach
    void sample() throws Exception {
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")));
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        session = CampaignSession.open(workspace, "rok-unga80-dprk-2025");
        edited = new EditedLetter(session.data().letter());
    }

    @Test
    void theLetterAndItsKoreanVersionShowSideBySideInStep() {
        VersionsViewModel model = new VersionsViewModel(session, edited, new Messages(Locale.ENGLISH));

        assertThat(model.firstProperty().get()).isEqualTo("letter");
        assertThat(model.secondProperty().get()).isEqualTo("letter-ko");
        assertThat(model.firstBodyProperty().get()).startsWith("We urge your government");
        assertThat(model.secondBodyProperty().get()).contains("](@coi-2014)").containsPattern("[가-힣]");
        assertThat(model.differences()).isEmpty();
        assertThat(model.inStepProperty().get()).isTrue();
        assertThat(model.verdictProperty().get()).startsWith("In step:");
    }

    @Test
    void aParagraphCountOrACitationThatDiffersIsFlaggedAsTheEditorTypes() {
        VersionsViewModel model = new VersionsViewModel(session, edited, new Messages(Locale.ENGLISH));
        String body = session.data().letter().body();
        int paragraphs = org.appeal.compose.VersionComparison.paragraphCount(body);

        edited.edited(session.data().letter().withBody(body.replaceFirst("\\(@coi-2014\\)", "(@a-res-79-181)")
                + "\n\nA made-up closing paragraph.\n"));

        assertThat(model.inStepProperty().get()).isFalse();
        assertThat(model.differences()).containsExactly(
                "Paragraphs: " + (paragraphs + 1) + " in the first version, " + paragraphs + " in the second",
                "Paragraph 2 cites @a-res-79-181 in the first version and @coi-2014 in the second");
        assertThat(model.verdictProperty().get()).isEqualTo(
                "2 differences: a bilingual letter of these versions would number its notes out of step.");

        Messages korean = new Messages(Locale.KOREAN);
        VersionsViewModel inKorean = new VersionsViewModel(session, edited, korean);
        assertThat(inKorean.differences()).contains("문단 수: 첫째 버전 " + (paragraphs + 1) + "개, 둘째 버전 " + paragraphs + "개");
        assertThat(inKorean.verdictProperty().get()).startsWith("차이 2건:");

        model.secondProperty().set("letter");
        assertThat(model.differences()).isEmpty();
        model.campaignChanged(CampaignChange.SETTINGS);
        assertThat(model.letters()).containsExactly("letter", "briefing", "letter-ko");
    }
}
