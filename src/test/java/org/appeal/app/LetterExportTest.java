package org.appeal.app;

import org.appeal.compose.FontLibrary;
import org.appeal.compose.Problem;
import org.appeal.compose.RenderException;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.export.BatchExport;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.DraftHistory;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export as the app, and later delivery, do it: on the sample campaign, without the FX toolkit. */
class LetterExportTest {
    private static final FontLibrary FONTS = new FontLibrary();
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";

    @TempDir
    Path temp;

    private Workspace workspace;
    private CampaignSession session;
    private LetterExport export;

    @BeforeEach
    void sampleWorkspace() throws Exception {
        workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")));
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        session = CampaignSession.open(workspace, CAMPAIGN);
        export = new LetterExport(new Renderer(new TemplateEngine(Path.of("templates")), FONTS), session);
    }

    private LetterDraft edited(String body) {
        LetterDraft saved = session.data().letter();
        return new LetterDraft(saved.subject(), saved.date(), body, saved.templateName(), saved.signatoriesAsOf(),
                saved.citations());
    }

    private Recipient president() {
        return session.data().recipients().get(0);
    }

    @Test
    void aBlockingProblemRefusesAndThenNobodyIsAsked() {
        Problem blocking = Problem.blocking("letter.md", 1, 6, "$nobody is not defined");
        var listed = session.data().signatories().asOf(session.data().letter().signatoriesAsOf());
        session.recordApproval(List.of(listed.organisations().get(0)), session.data().letter());

        LetterExport.Readiness readiness = export.check(edited("Dear $nobody."),
                List.of(Problem.warning("signatories", "a warning does not refuse"), blocking));

        assertThat(readiness.refused()).isTrue();
        assertThat(readiness.blocking()).containsExactly(blocking);
        assertThat(readiness.askFirst()).isFalse();
    }

    @Test
    void signatoriesWhoApprovedAnEarlierTextAreAskedFirst() {
        var listed = session.data().signatories().asOf(session.data().letter().signatoriesAsOf());
        session.recordApproval(List.of(listed.organisations().get(0), listed.individuals().get(1)), session.data().letter());

        assertThat(export.check(session.data().letter(), List.of()).askFirst()).as("the text they approved").isFalse();
        LetterExport.Readiness readiness = export.check(edited("We strongly urge your government."), List.of());

        assertThat(readiness.refused()).isFalse();
        assertThat(readiness.toAskAgain()).containsExactly(listed.organisations().get(0), listed.individuals().get(1));
    }

    @Test
    void exportingAnUnsavedDraftWritesThePdfAndSavesTheDraftAsAVersion() throws Exception {
        Path target = temp.resolve(export.fileName(session.data().letter(), president()));

        export.exportOne(edited("An exported body."), true, president(), target);

        assertThat(target.getFileName().toString()).isEqualTo("2025-10-28_President_Lee-Jae-myung.pdf");
        assertThat(new String(Files.readAllBytes(target), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new DraftHistory(workspace).versions(CAMPAIGN)).hasSize(1);
        assertThat(CampaignSession.open(workspace, CAMPAIGN).data().letter().body()).isEqualTo("An exported body.");
    }

    @Test
    void exportingTheSavedLetterRecordsItOnceAsAVersion() throws Exception {
        export.exportOne(session.data().letter(), false, president(), temp.resolve("a.pdf"));
        export.exportOne(session.data().letter(), false, president(), temp.resolve("b.pdf"));

        assertThat(new DraftHistory(workspace).versions(CAMPAIGN)).as("unchanged text adds no version").hasSize(1);
    }

    @Test
    void aBlockedRenderWritesAndRecordsNothing() {
        Path target = temp.resolve("refused.pdf");

        assertThatThrownBy(() -> export.exportOne(edited("Dear $nobody."), true, president(), target))
                .isInstanceOf(RenderException.class).hasMessageContaining("$nobody");

        assertThat(target).doesNotExist();
        assertThat(new DraftHistory(workspace).versions(CAMPAIGN)).isEmpty();
    }

    @Test
    void exportAllWritesAFilePerRecipientAndACancelledOneRecordsNothing() throws Exception {
        List<String> steps = new ArrayList<>();
        BatchExport.Result cancelled = export.exportAll(edited("Cancelled."), true, temp.resolve("none"),
                (done, total, message) -> steps.add(message), () -> true);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(new DraftHistory(workspace).versions(CAMPAIGN)).isEmpty();

        BatchExport.Result result = export.exportAll(edited("For everyone."), true, temp.resolve("all"),
                (done, total, message) -> steps.add(message), () -> false);

        assertThat(result.files()).hasSize(4).allSatisfy(f -> assertThat(f).exists());
        assertThat(steps).hasSize(8);
        assertThat(CampaignSession.open(workspace, CAMPAIGN).data().letter().body()).isEqualTo("For everyone.");
    }
}
