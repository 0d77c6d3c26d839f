package org.appeal.ui;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.appeal.domain.Signatory;
import org.appeal.domain.Source;
import org.appeal.ui.evidence.EvidenceViewModel;
import org.appeal.ui.signatories.SignatoriesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding signatories (an organisation with a Hangul name, an individual with a title) and a source
 * from a text file with a quote from one of its passages, in the window, each control reached by its
 * id: what a first-day test drives. The report and the individual are made up.
 */
@ExtendWith(ApplicationExtension.class)
class PeopleAuthoringUiTest {
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

    @Test
    void anOrganisationWithAHangulNameAndAnIndividualWithATitleAreAddedAndPrinted(FxRobot robot) {
        app.waitForPreview();
        app.show(robot, "signatories");
        SignatoriesViewModel model = app.screen("signatories", SignatoriesViewModel.class);
        int before = model.all().size();

        click(robot, "#addSignatory");
        waitUntil("signatory form open", () -> robot.lookup("#signatoryOk").tryQuery().isPresent());
        assertThat(robot.lookup("#signatoryOk").query().isDisabled()).as("OK without a name").isTrue();
        click(robot, "#signatoryName").write("북한인권시민연합");
        click(robot, "#signatoryAcronym").write("NKHR-KO");
        click(robot, "#signatoryCountry").write("대한민국");
        click(robot, "#signatoryOk");
        waitUntil("the organisation saved", () -> model.all().size() == before + 1);

        click(robot, "#addSignatory");
        waitUntil("signatory form open", () -> robot.lookup("#signatoryOk").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<Signatory.Kind> kind = robot.lookup("#signatoryKind").queryAs(ChoiceBox.class);
        robot.interact(() -> kind.setValue(Signatory.Kind.INDIVIDUAL));
        click(robot, "#signatoryName").write("Jane Example");
        click(robot, "#signatoryTitle").write("Former Special Rapporteur of Examples");
        click(robot, "#signatorySignedOn").write("2025-06-30");
        click(robot, "#signatoryOk");
        waitUntil("the individual saved", () -> model.all().size() == before + 2);

        Signatory hangul = model.all().stream().filter(s -> s.name().equals("북한인권시민연합")).findFirst().orElseThrow();
        assertThat(hangul.kind()).isEqualTo(Signatory.Kind.ORGANISATION);
        assertThat(hangul.country()).isEqualTo("대한민국");
        Signatory jane = model.all().stream().filter(s -> s.name().equals("Jane Example")).findFirst().orElseThrow();
        assertThat(jane.kind()).isEqualTo(Signatory.Kind.INDIVIDUAL);
        assertThat(jane.title()).isEqualTo("Former Special Rapporteur of Examples");
        assertThat(jane.signedOn()).hasToString("2025-06-30");
        waitUntil("both printed", () -> html().contains("북한인권시민연합") && html().contains("Former Special Rapporteur of Examples"));
        TableView<Signatory> table = robot.lookup("#signatories").queryTableView();
        assertThat(table.getItems()).extracting(Signatory::name).contains("북한인권시민연합", "Jane Example");
    }

    @Test
    void aSourceFromATextFileGivesAQuoteFromItsPassage(FxRobot robot) throws Exception {
        Path report = temp.resolve("made-up-report.txt");
        Files.writeString(report, "Made-up report on examples\n\nFirst, a paragraph about nothing in particular.\n\n"
                + "Second, the government of Exampleland pledged to co-sponsor the resolution.\n");
        app.dialogs.openFile = report;
        app.waitForPreview();
        app.show(robot, "evidence");
        EvidenceViewModel model = app.screen("evidence", EvidenceViewModel.class);

        click(robot, "#addSource");
        waitUntil("source form open", () -> robot.lookup("#sourceOk").tryQuery().isPresent());
        click(robot, "#sourceChooseFile");
        waitUntil("file named", () -> robot.lookup("#sourceFileName").queryLabeled().getText().endsWith("made-up-report.txt"));
        click(robot, "#sourceKey").write("made-up-report");
        click(robot, "#sourceIssuer").write("Made-up Body");
        click(robot, "#sourceDate").write("2030-01-05");
        click(robot, "#sourceOk");

        waitUntil("the new source shown", () -> model.sourceProperty().get() != null
                && model.sourceProperty().get().id().equals("made-up-report"));
        Source added = model.sourceProperty().get();
        assertThat(added.title()).as("the title is the document's first line").isEqualTo("Made-up report on examples");
        assertThat(added.issuingBody()).isEqualTo("Made-up Body");
        TextArea text = robot.lookup("#sourceText").queryAs(TextArea.class);
        waitUntil("its text shown", () -> text.getText().contains("pledged to co-sponsor"));

        int start = text.getText().indexOf("pledged to co-sponsor");
        robot.interact(() -> text.selectRange(start, start + "pledged to co-sponsor".length()));
        click(robot, "#addEvidence");
        waitUntil(() -> robot.lookup("#evidenceKey").tryQuery().isPresent());
        assertThat(robot.lookup("#evidenceKey").queryTextInputControl().getText()).isEqualTo("made-up-report-para-3");
        click(robot, "OK");

        waitUntil("the quote in the library", () -> model.items().stream()
                .anyMatch(i -> i.evidence().citationKey().equals("made-up-report-para-3")));
        assertThat(app.campaign().session().data().evidence("made-up-report-para-3")).hasValueSatisfying(e -> {
            assertThat(e.quote()).isEqualTo("pledged to co-sponsor");
            assertThat(e.sourceId()).isEqualTo("made-up-report");
        });
    }

    @Test
    void theImportWizardFlagsADateThatReadsTwoWaysUntilTheOrderIsChosen(FxRobot robot) throws Exception {
        Path sheet = temp.resolve("made-up-sheet.csv");
        Files.writeString(sheet, "Organisation,Date\nAmbiguous Example,05/11/2026\nClear Example,13/05/2026\n");
        app.dialogs.openFile = sheet;
        app.waitForPreview();
        app.show(robot, "signatories");
        SignatoriesViewModel model = app.screen("signatories", SignatoriesViewModel.class);
        int before = model.all().size();

        click(robot, "#importSheet");
        waitUntil(() -> robot.lookup("#importChoose").tryQuery().isPresent());
        click(robot, "#importChoose");
        javafx.scene.control.ListView<String> rejected = robot.lookup("#importRejected").queryListView();
        waitUntil("the ambiguous row rejected", () -> rejected.getItems().size() == 1);
        assertThat(rejected.getItems().get(0)).contains("05/11/2026");
        assertThat(robot.lookup("#importApply").query().isDisabled()).isTrue();

        @SuppressWarnings("unchecked")
        ChoiceBox<org.appeal.ui.signatories.DateOrderChoice> order = robot.lookup("#importDateOrder").queryAs(ChoiceBox.class);
        robot.interact(() -> order.setValue(org.appeal.ui.signatories.DateOrderChoice.DMY));
        waitUntil("read day first, nothing rejected", () -> rejected.getItems().isEmpty()
                && !robot.lookup("#importApply").query().isDisabled());
        click(robot, "#importApply");

        waitUntil("both added", () -> model.all().size() == before + 2);
        assertThat(model.all().stream().filter(s -> s.name().equals("Ambiguous Example")).findFirst().orElseThrow().signedOn())
                .hasToString("2026-11-05");
        waitUntil("the screen says what it did", () -> robot.lookup("#signatoriesNotice").queryLabeled().getText()
                .equals("Sign-on sheet imported: 2 added, 0 updated, 0 skipped."));
    }

    private String html() {
        return app.preview().lastGoodLetter().map(l -> l.html()).orElse("");
    }
}
