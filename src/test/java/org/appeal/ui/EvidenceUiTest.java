package org.appeal.ui;

import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.appeal.domain.QuoteCheck;
import org.appeal.domain.Source;
import org.appeal.ui.evidence.EvidenceViewModel;
import org.appeal.ui.evidence.SourceText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class EvidenceUiTest {
    @TempDir
    Path temp;

    private final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) {
        app.start(stage, temp);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** The sample's note verbale (seed 000), whose paragraphs are numbered by the document itself. */
    private SourceText openNoteVerbale(FxRobot robot) {
        app.waitForPreview();
        app.show(robot, "evidence");
        Source note = app.screen("evidence", EvidenceViewModel.class).sources().stream().filter(s -> s.id().equals("rok-note-verbale-2024"))
                .findFirst().orElseThrow();
        robot.interact(() -> app.screen("evidence", EvidenceViewModel.class).sourceProperty().set(note));
        return app.screen("evidence", EvidenceViewModel.class).textProperty().get();
    }

    @Test
    void addingEvidenceFromASelectedPassage(FxRobot robot) {
        SourceText text = openNoteVerbale(robot);
        int before = app.screen("evidence", EvidenceViewModel.class).items().size();
        SourceText.Span para8 = text.spans().get(7);
        int start = para8.start();
        int end = text.text().indexOf(' ', start + 40);

        robot.interact(() -> robot.lookup("#sourceText").queryAs(TextArea.class).selectRange(start, end));
        click(robot, "#addEvidence");
        waitUntil(() -> robot.lookup("#evidenceKey").tryQuery().isPresent());
        assertThat(robot.lookup("#evidenceKey").queryTextInputControl().getText()).isEqualTo("rok-note-verbale-2024-para-8");
        click(robot, "OK");

        waitUntil(() -> app.screen("evidence", EvidenceViewModel.class).items().size() == before + 1);
        var item = app.screen("evidence", EvidenceViewModel.class).items().stream()
                .filter(i -> i.evidence().citationKey().equals("rok-note-verbale-2024-para-8")).findFirst().orElseThrow();
        assertThat(item.evidence().quote()).isEqualTo(text.text().substring(start, end).strip());
        assertThat(item.evidence().pinpoint().value()).isEqualTo("8");
        assertThat(item.check().status()).isEqualTo(QuoteCheck.Status.VERIFIED);
        assertThat(robot.lookup("#evidenceStatus").queryLabeled().getText())
                .as("the COI quote cannot be checked: its text is not in the library")
                .isEqualTo((before + 1) + " quotes; 1 need attention");
    }

    @Test
    void aSelectionAcrossTwoParagraphsIsRefused(FxRobot robot) {
        SourceText text = openNoteVerbale(robot);
        int before = app.screen("evidence", EvidenceViewModel.class).items().size();

        robot.interact(() -> robot.lookup("#sourceText").queryAs(TextArea.class)
                .selectRange(text.spans().get(2).end() - 10, text.spans().get(3).start() + 10));
        click(robot, "#addEvidence");

        assertThat(app.dialogs.shown).extracting(ScriptedDialogs.Shown::message)
                .containsExactly("Select words within one numbered paragraph of the source.");
        assertThat(app.screen("evidence", EvidenceViewModel.class).items()).hasSize(before);
    }
}
