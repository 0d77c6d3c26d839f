package org.appeal.ui.letter;

import org.appeal.app.CampaignSession;
import org.appeal.app.PreviewRasterizer;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.Debouncer;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The view-model without the FX toolkit: jobs run on the test thread. */
class LetterEditorViewModelTest {
    private static final FontLibrary FONTS = new FontLibrary();
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";

    @TempDir
    Path temp;

    private Workspace workspace;
    private final Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), FONTS);
    private boolean recover = true;
    private final java.util.List<String> asked = new java.util.ArrayList<>();
    private final java.util.List<byte[]> printed = new java.util.ArrayList<>();

    @BeforeEach
    void sampleWorkspace() throws Exception {
        workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")));
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
    }

    private LetterEditorViewModel model() {
        DialogService dialogs = new DialogService() {
            public void error(String t, String m) { }
            public void info(String t, String m) { }
            public boolean confirm(String t, String m) { asked.add(t); return recover; }
            public Optional<Path> chooseSaveFile(String t, String n, String e) { return Optional.empty(); }
            public Optional<Path> chooseOpenFile(String t, String e) { return Optional.empty(); }
            public Optional<Path> chooseFolder(String t) { return Optional.empty(); }
        };
        return new LetterEditorViewModel(CampaignSession.open(workspace, CAMPAIGN), renderer, new PreviewRasterizer(30f),
                (pdf, job) -> printed.add(pdf), List.of("letter.html.vm"), new DirectUiExecutor(), Debouncer.immediate(),
                dialogs, new Messages(Locale.ENGLISH));
    }

    @Test
    void anEditRendersAndMarksTheDraftUnsaved() {
        LetterEditorViewModel model = model();

        model.bodyProperty().set("Short body.");

        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.pages()).hasSize(2);
        assertThat(model.lastGoodLetter().orElseThrow().html()).contains("<p>Short body.</p>");
    }

    @Test
    void saveMakesAVersionAndClearsDirty() {
        LetterEditorViewModel model = model();
        model.bodyProperty().set("Saved body.");

        model.save();

        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Saved as version 1");
        assertThat(CampaignSession.open(workspace, CAMPAIGN).data().letter().body()).isEqualTo("Saved body.");
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
    }

    @Test
    void declinedRecoveryIsDiscardedAndNotOfferedAgain() {
        LetterEditorViewModel before = model();
        before.bodyProperty().set("Unwanted.");
        before.autosave();
        recover = false;

        model().offerRecovery();

        assertThat(CampaignSession.open(workspace, CAMPAIGN).recovery()).isEmpty();
    }

    @Test
    void aBodyEditAfterSignatoriesApprovedWarnsAndExportAsksFirst() {
        CampaignSession session = CampaignSession.open(workspace, CAMPAIGN);
        var listed = session.data().signatories().asOf(session.data().letter().signatoriesAsOf());
        session.recordApproval(List.of(listed.organisations().get(0), listed.individuals().get(1)), session.data().letter());
        LetterEditorViewModel model = model();
        model.refreshNow();
        assertThat(model.problems()).noneMatch(p -> p.where().equals("signatories"));

        model.bodyProperty().set(model.bodyProperty().get().replace("We urge", "We strongly urge"));

        assertThat(model.problems()).filteredOn(p -> p.where().equals("signatories")).singleElement().satisfies(p -> {
            assertThat(p.isBlocking()).isFalse();
            assertThat(p.message()).startsWith("2 signatories approved an earlier text")
                    .contains("Centro para la Apertura y el Desarrollo de América Latina", "Roberta Cohen");
        });
        recover = false;
        model.exportAll();
        assertThat(asked).containsExactly("Some signatories approved an earlier text");
    }

    @Test
    void printSendsExactlyThePdfOfThePreview() {
        LetterEditorViewModel model = model();
        model.refreshNow();

        model.print();

        assertThat(printed).singleElement().isEqualTo(model.lastGoodLetter().orElseThrow().pdf());
        assertThat(model.statusProperty().get()).isEqualTo("Sent to the printer");
    }

    @Test
    void printIsRefusedWhileAProblemBlocks() {
        LetterEditorViewModel model = model();
        model.bodyProperty().set("Dear $nobody.");

        model.print();

        assertThat(printed).isEmpty();
    }

    @Test
    void autosaveIsNotAVersion() {
        LetterEditorViewModel model = model();
        model.bodyProperty().set("Draft.");

        model.autosave();

        assertThat(new org.appeal.store.db.DraftHistory(workspace).versions(CAMPAIGN)).isEmpty();
    }
}
