package org.appeal.ui.letter;

import org.appeal.compose.Problem;
import org.appeal.store.db.Workspace;
import org.appeal.ui.common.DialogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.appeal.ui.letter.LetterFixture.CAMPAIGN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app renders through the same renderer: a layout path stored in a shared workspace, a link
 * that is not a web or mail address, and a body image in a workspace campaign reach the editor as
 * problems, and a blocked letter cannot be exported.
 */
class LetterEditorPathsTest {

    @TempDir
    Path temp;

    private LetterFixture fixture;
    private Workspace workspace;
    private final List<String> errors = new ArrayList<>();
    private final List<String> askedForFile = new ArrayList<>();

    @BeforeEach
    void sampleWorkspace() throws Exception {
        fixture = new LetterFixture(temp);
        workspace = fixture.workspace;
    }

    private LetterScreen screen() {
        DialogService dialogs = new DialogService() {
            public void error(String t, String m) { errors.add(m); }
            public void info(String t, String m) { }
            public boolean confirm(String t, String m) { return true; }
            public Optional<Path> chooseSaveFile(String t, String n, String e) {
                askedForFile.add(n);
                return Optional.of(temp.resolve("letter.pdf"));
            }
            public Optional<Path> chooseOpenFile(String t, String e) { return Optional.empty(); }
            public Optional<Path> chooseFolder(String t) { return Optional.of(temp.resolve("letters")); }
        };
        return fixture.screen(dialogs, (pdf, job) -> false);
    }

    private LetterEditorViewModel model() {
        return screen().viewModel();
    }

    @Test
    void aLayoutPathWrittenIntoTheWorkspaceBlocksThePreviewAndTheExport() {
        workspace.inTransaction(work -> {
            try (PreparedStatement update = work.connection().prepareStatement(
                    "UPDATE letter_draft SET template_name = ? WHERE campaign_id = ?")) {
                update.setString(1, "../../../../etc/passwd");
                update.setString(2, CAMPAIGN);
                return update.executeUpdate();
            }
        });
        LetterScreen screen = screen();
        LetterEditorViewModel model = screen.viewModel();

        model.refreshNow();

        assertThat(model.preview().isBlocked()).isTrue();
        assertThat(model.preview().problems()).filteredOn(Problem::isBlocking).extracting(Problem::toString).containsExactly(
                "template: '../../../../etc/passwd' is a path, not a file name; a layout is the name of a file in the"
                        + " templates folder, such as letter.html.vm");
        assertThat(model.preview().lastGoodLetter()).isEmpty();

        screen.actions().exportSelected();
        screen.actions().exportAll();

        assertThat(errors).hasSize(2).allSatisfy(m -> assertThat(m).contains("'../../../../etc/passwd' is a path"));
        assertThat(askedForFile).isEmpty();
        assertThat(temp.resolve("letter.pdf")).doesNotExist();
        assertThat(temp.resolve("letters")).doesNotExist();
    }

    @Test
    void aJavascriptLinkTypedInTheEditorBlocksAtItsLine() {
        LetterEditorViewModel model = model();

        model.bodyProperty().set("Dear President,\n\nPlease [click here](javascript:alert(1)).");

        assertThat(model.preview().isBlocked()).isTrue();
        assertThat(model.preview().problems()).filteredOn(Problem::isBlocking).singleElement().satisfies(p -> {
            assertThat(ProblemRange.isInBody(p)).as("the editor can jump to it").isTrue();
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("'javascript:'");
        });
    }

    @Test
    void aBodyImageInAWorkspaceCampaignIsAWarningAndTheLetterRenders() {
        LetterEditorViewModel model = model();

        model.bodyProperty().set("Dear President,\n\n![Co-sponsorship by year](images/chart.png)");

        assertThat(model.preview().isBlocked()).isFalse();
        assertThat(model.preview().problems()).extracting(Problem::toString).contains("letter.md line 3: image 'images/chart.png'"
                + " is left out: a workspace campaign keeps no image files (render the bundle to include it)");
        assertThat(model.preview().lastGoodLetter()).isPresent();
    }
}
