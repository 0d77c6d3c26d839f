package org.appeal.ui;

import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.appeal.domain.QuoteCheck;
import org.appeal.domain.Source;
import org.appeal.store.db.SourceRepository;
import org.appeal.store.sources.SourceImporter;
import org.appeal.store.sources.SourceMetadata;
import org.appeal.ui.evidence.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class EvidenceUiTest {
    @TempDir
    Path temp;

    private final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) throws Exception {
        Source pledges = new SourceImporter().importFile(Path.of("seeds/sources/000_9c41ec5e1473588e.txt"),
                new SourceMetadata("rok-pledges-2024", null, "Permanent Mission of the Republic of Korea", null,
                        LocalDate.of(2024, 7, 2), null));
        app.start(stage, temp, workspace -> workspace.inTransaction(work ->
                new SourceRepository(work).save("rok-unga80-dprk-2025", pledges, 0)));
    }

    @Test
    void addingEvidenceFromASelectedPassage(FxRobot robot) {
        app.waitForPreview();
        robot.clickOn("#nav-evidence");
        waitUntil(() -> robot.lookup("#sourceText").tryQuery().isPresent());
        SourceText text = app.window.evidence().textProperty().get();
        SourceText.Span para8 = text.spans().get(7);
        int start = para8.start();
        int end = text.text().indexOf(' ', start + 40);

        robot.interact(() -> robot.lookup("#sourceText").queryAs(TextArea.class).selectRange(start, end));
        robot.clickOn("#addEvidence");
        waitUntil(() -> robot.lookup("#evidenceKey").tryQuery().isPresent());
        assertThat(robot.lookup("#evidenceKey").queryTextInputControl().getText()).isEqualTo("rok-pledges-2024-para-8");
        robot.clickOn("OK");

        waitUntil(() -> !app.window.evidence().items().isEmpty());
        var item = app.window.evidence().items().get(0);
        assertThat(item.evidence().quote()).isEqualTo(text.text().substring(start, end).strip());
        assertThat(item.evidence().pinpoint().value()).isEqualTo("8");
        assertThat(item.check().status()).isEqualTo(QuoteCheck.Status.VERIFIED);
        assertThat(robot.lookup("#evidenceStatus").queryLabeled().getText()).isEqualTo("1 quote; 0 need attention");
    }

    @Test
    void aSelectionAcrossTwoParagraphsIsRefused(FxRobot robot) {
        app.waitForPreview();
        robot.clickOn("#nav-evidence");
        waitUntil(() -> robot.lookup("#sourceText").tryQuery().isPresent());
        SourceText text = app.window.evidence().textProperty().get();

        robot.interact(() -> robot.lookup("#sourceText").queryAs(TextArea.class)
                .selectRange(text.spans().get(2).end() - 10, text.spans().get(3).start() + 10));
        robot.clickOn("#addEvidence");

        assertThat(app.dialogs.shown).extracting(ScriptedDialogs.Shown::message)
                .containsExactly("Select words within one numbered paragraph of the source.");
        assertThat(app.window.evidence().items()).isEmpty();
    }
}
