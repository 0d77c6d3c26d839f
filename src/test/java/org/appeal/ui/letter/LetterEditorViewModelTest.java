package org.appeal.ui.letter;

import org.appeal.app.CampaignSession;
import org.appeal.ui.common.DialogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.appeal.ui.letter.LetterFixture.CAMPAIGN;
import static org.assertj.core.api.Assertions.assertThat;

/** The letter screen's view-model and actions without the FX toolkit: jobs run on the test thread. */
class LetterEditorViewModelTest {
    @TempDir
    Path temp;

    private LetterFixture fixture;
    private boolean recover = true;
    private final java.util.List<String> asked = new java.util.ArrayList<>();
    private final java.util.List<String> questions = new java.util.ArrayList<>();
    private final java.util.List<byte[]> printed = new java.util.ArrayList<>();

    @BeforeEach
    void sampleWorkspace() throws Exception {
        fixture = new LetterFixture(temp);
    }

    private LetterScreen screen() {
        DialogService dialogs = new DialogService() {
            public void error(String t, String m) { }
            public void info(String t, String m) { }
            public boolean confirm(String t, String m) { asked.add(t); questions.add(m); return recover; }
            public Optional<Path> chooseSaveFile(String t, String n, String e) { return Optional.empty(); }
            public Optional<Path> chooseOpenFile(String t, String e) { return Optional.empty(); }
            public Optional<Path> chooseFolder(String t) { return Optional.empty(); }
        };
        return fixture.screen(dialogs, (pdf, job) -> printed.add(pdf));
    }

    private LetterEditorViewModel model() {
        return screen().viewModel();
    }

    @Test
    void anEditRendersAndMarksTheDraftUnsaved() {
        LetterEditorViewModel model = model();

        model.bodyProperty().set("Short body.");

        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.preview().pages()).hasSize(2);
        assertThat(model.preview().lastGoodLetter().orElseThrow().html()).contains("<p>Short body.</p>");
        assertThat(fixture.status.text()).isEqualTo("Preview: 2 pages");
    }

    @Test
    void saveMakesAVersionAndClearsDirty() {
        LetterEditorViewModel model = model();
        model.bodyProperty().set("Saved body.");

        model.save();

        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(fixture.status.text()).isEqualTo("Saved as version 1");
        assertThat(CampaignSession.open(fixture.workspace, CAMPAIGN).data().letter().body()).isEqualTo("Saved body.");
    }

    @Test
    void afterACrashTheNextStartOffersTheUnsavedTextBack() {
        LetterEditorViewModel before = model();
        before.bodyProperty().set("Text typed just before the crash.");
        before.autosave();
        // The process dies here: nothing else runs. The next start opens a new session.

        LetterEditorViewModel after = model();
        assertThat(after.bodyProperty().get()).startsWith("We urge");
        after.offerRecovery();

        assertThat(after.bodyProperty().get()).isEqualTo("Text typed just before the crash.");
        assertThat(after.dirtyProperty().get()).isTrue();
        // When it was kept, as the interface writes a day and a 24-hour time (not the JDK's "Dec 2, 2026, 2:05:00 PM").
        assertThat(questions).singleElement().asString().containsPattern("kept at \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}\\.");
    }

    @Test
    void declinedRecoveryIsDiscardedAndNotOfferedAgain() {
        LetterEditorViewModel before = model();
        before.bodyProperty().set("Unwanted.");
        before.autosave();
        recover = false;

        model().offerRecovery();

        assertThat(CampaignSession.open(fixture.workspace, CAMPAIGN).recovery()).isEmpty();
    }

    @Test
    void aBodyEditAfterSignatoriesApprovedWarnsAndExportAsksFirst() {
        CampaignSession session = CampaignSession.open(fixture.workspace, CAMPAIGN);
        var listed = session.data().signatories().asOf(session.data().letter().signatoriesAsOf());
        session.recordApproval(List.of(listed.organisations().get(0), listed.individuals().get(1)), session.data().letter());
        LetterScreen screen = screen();
        LetterEditorViewModel model = screen.viewModel();
        model.refreshNow();
        assertThat(model.preview().problems()).noneMatch(p -> p.where().equals("signatories"));

        model.bodyProperty().set(model.bodyProperty().get().replace("We urge", "We strongly urge"));

        assertThat(model.preview().problems()).filteredOn(p -> p.where().equals("signatories")).singleElement().satisfies(p -> {
            assertThat(p.isBlocking()).isFalse();
            assertThat(p.message()).startsWith("2 signatories approved an earlier text")
                    .contains("Centro para la Apertura y el Desarrollo de América Latina", "Roberta Cohen");
        });
        recover = false;
        screen.actions().exportAll();
        assertThat(asked).containsExactly("Some signatories approved an earlier text");
    }

    @Test
    void printSendsExactlyThePdfOfThePreview() {
        LetterScreen screen = screen();
        screen.viewModel().refreshNow();

        screen.actions().print();

        assertThat(printed).singleElement().isEqualTo(screen.viewModel().preview().lastGoodLetter().orElseThrow().pdf());
        assertThat(fixture.status.text()).isEqualTo("Sent to the printer");
    }

    @Test
    void printIsRefusedWhileAProblemBlocks() {
        LetterScreen screen = screen();
        screen.viewModel().bodyProperty().set("Dear $nobody.");

        screen.actions().print();

        assertThat(printed).isEmpty();
    }

    @Test
    void autosaveIsNotAVersion() {
        LetterEditorViewModel model = model();
        model.bodyProperty().set("Draft.");

        model.autosave();

        assertThat(new org.appeal.store.db.DraftHistory(fixture.workspace).versions(CAMPAIGN)).isEmpty();
    }

    @Test
    void theEditedDraftIsToldToOtherScreensAsItIsTyped() {
        LetterScreen screen = screen();

        screen.viewModel().bodyProperty().set("Typed, not saved.");

        assertThat(fixture.edited.draft().body()).isEqualTo("Typed, not saved.");
        assertThat(CampaignSession.open(fixture.workspace, CAMPAIGN).data().letter().body()).startsWith("We urge");
    }

    @Test
    void choosingABodyProblemAsksTheViewToSelectItsReference() {
        LetterEditorViewModel model = model();
        model.bodyProperty().set("Dear President,\n\nWe write about $undefinedThing.");
        var problem = model.preview().problems().stream().filter(p -> p.isBlocking()).findFirst().orElseThrow();

        model.jumpTo(problem);

        TextRange range = model.selectionRequestProperty().get();
        assertThat(model.bodyProperty().get().substring(range.start(), range.end())).isEqualTo("$undefinedThing");
    }
}
