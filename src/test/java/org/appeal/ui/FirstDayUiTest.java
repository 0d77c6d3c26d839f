package org.appeal.ui;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;
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
import static org.appeal.ui.AppHarness.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advocacy officer's first day, in the window only, every control reached by its id: a new
 * campaign, two recipients, three signatories (a Korean organisation, an individual with a title, a
 * coalition) put in order, a source imported from a text file, a quote from one of its passages, a
 * body that cites it, the export. The only file is the report the officer was sent; nothing is
 * written by hand. The people, the report and the campaign are made up.
 */
@ExtendWith(ApplicationExtension.class)
class FirstDayUiTest {
    private static final String TITLE = "2027 Made-up first-day letter";
    private static final String REPORT_TITLE = "Made-up report on examples";
    private static final String QUOTE = "pledged to co-sponsor the resolution";

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
    void fromNothingToAnExportedLetterInTheWindow(FxRobot robot) throws Exception {
        app.waitForPreview();
        newCampaign(robot);
        addRecipient(robot, null, "Ahn Made-up", "Minister of Examples");
        addRecipient(robot, Recipient.Role.CC, "Beth Made-up", "Vice-Minister of Examples");
        addSignatory(robot, null, "북한인권시민연합", "");
        addSignatory(robot, Signatory.Kind.INDIVIDUAL, "Jane Made-up", "Former Special Rapporteur of Examples");
        addSignatory(robot, null, "Made-up Coalition for Examples", "");
        putTheCoalitionFirst(robot);
        String key = importTheReportAndQuoteIt(robot);
        writeTheLetter(robot, key);
        String text = export(robot);

        // The citation prints as footnote 1, the passage quoted as its pinpoint (para. 3), the report's
        // title in the citation style's headline case.
        assertThat(text).containsSubsequence(
                "Ahn Made-up", "Minister of Examples",
                "CC.", "Vice-Minister of Examples", "Beth Made-up",
                "Re: Our first made-up appeal",
                "Dear Ahn Made-up,",
                "The report says the government 1.",
                "Made-up Coalition for Examples", "북한인권시민연합",
                "Jane Made-up / Former Special Rapporteur of Examples",
                "Report on Examples (2026), para. 3.");
    }

    private void newCampaign(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        click(robot, "#newCampaignTitle").write(TITLE);
        click(robot, "#newCampaignTargetState").write("Made-up Republic");
        waitUntil("the form is complete", () -> !robot.lookup("#newCampaignOk").query().isDisabled());
        click(robot, "#newCampaignOk");
        waitUntil("the new campaign open", () -> app.window.campaign().isPresent()
                && app.campaign().session().data().campaign().title().equals(TITLE));
        waitUntilShowing(robot, "#letter-screen");
        assertThat(app.campaign().session().data().recipients()).isEmpty();
    }

    /** @param role null keeps the form's first choice (TO) */
    private void addRecipient(FxRobot robot, Recipient.Role role, String name, String title) {
        app.show(robot, "recipients");
        int before = data().recipients().size();
        click(robot, "#addRecipient");
        waitUntilShowing(robot, "#recipientName");
        if (role != null) {
            @SuppressWarnings("unchecked")
            ChoiceBox<Recipient.Role> roles = robot.lookup("#recipientRole").queryAs(ChoiceBox.class);
            robot.interact(() -> roles.setValue(role));
        }
        click(robot, "#recipientName").write(name);
        click(robot, "#recipientTitle").write(title);
        click(robot, "#recipientOk");
        waitUntil("recipient " + name + " saved", () -> data().recipients().size() == before + 1);
    }

    /** @param kind null keeps the form's first choice (an organisation) */
    private void addSignatory(FxRobot robot, Signatory.Kind kind, String name, String title) {
        app.show(robot, "signatories");
        int before = data().signatories().all().size();
        click(robot, "#addSignatory");
        waitUntilShowing(robot, "#signatoryName");
        if (kind != null) {
            @SuppressWarnings("unchecked")
            ChoiceBox<Signatory.Kind> kinds = robot.lookup("#signatoryKind").queryAs(ChoiceBox.class);
            robot.interact(() -> kinds.setValue(kind));
        }
        click(robot, "#signatoryName").write(name);
        if (!title.isEmpty()) {
            click(robot, "#signatoryTitle").write(title);
        }
        // Signed before the letter's "signatories as of" day (today), so the letter lists them.
        click(robot, "#signatorySignedOn").write("2026-01-05");
        click(robot, "#signatoryOk");
        waitUntil("signatory " + name + " saved", () -> data().signatories().all().size() == before + 1);
    }

    /** The coalition, added last, goes to the top: two moves up with the button. */
    private void putTheCoalitionFirst(FxRobot robot) {
        TableView<Signatory> table = robot.lookup("#signatories").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(s -> s.name().equals("Made-up Coalition for Examples")).findFirst().orElseThrow()));
        click(robot, "#moveSignatoryUp");
        waitUntil("moved once", () -> position("Made-up Coalition for Examples") == 1);
        click(robot, "#moveSignatoryUp");
        waitUntil("moved to the top", () -> position("Made-up Coalition for Examples") == 0);
        assertThat(data().signatories().all()).extracting(Signatory::name)
                .containsExactly("Made-up Coalition for Examples", "북한인권시민연합", "Jane Made-up");
    }

    private int position(String name) {
        return data().signatories().all().stream().map(Signatory::name).toList().indexOf(name);
    }

    /** The report the officer was sent, imported as a source; its third passage quoted. Returns the quote's key. */
    private String importTheReportAndQuoteIt(FxRobot robot) throws Exception {
        Path report = temp.resolve("made-up-report.txt");
        Files.writeString(report, REPORT_TITLE + "\n\nFirst, a paragraph about nothing in particular.\n\n"
                + "Second, the government of Exampleland " + QUOTE + " in 2026.\n");
        app.dialogs.openFile = report;
        app.show(robot, "evidence");
        click(robot, "#addSource");
        waitUntilShowing(robot, "#sourceChooseFile");
        click(robot, "#sourceChooseFile");
        waitUntil("file named", () -> robot.lookup("#sourceFileName").queryLabeled().getText().endsWith("made-up-report.txt"));
        click(robot, "#sourceKey").write("made-up-report");
        click(robot, "#sourceIssuer").write("Made-up Body");
        click(robot, "#sourceDate").write("2026-01-05");
        click(robot, "#sourceOk");
        waitUntil("the source saved", () -> data().sources().stream().anyMatch(s -> s.id().equals("made-up-report")));

        TextArea text = robot.lookup("#sourceText").queryAs(TextArea.class);
        waitUntil("its text shown", () -> text.getText().contains(QUOTE));
        int start = text.getText().indexOf(QUOTE);
        robot.interact(() -> text.selectRange(start, start + QUOTE.length()));
        click(robot, "#addEvidence");
        waitUntilShowing(robot, "#evidenceKey");
        String key = robot.lookup("#evidenceKey").queryTextInputControl().getText();
        // The key dialog's OK, reached through its pane's id.
        click(robot, robot.lookup("#evidence-key-dialog").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK));
        waitUntil("the quote saved", () -> data().evidence(key).isPresent());
        assertThat(data().evidence(key).orElseThrow().quote()).isEqualTo(QUOTE);
        return key;
    }

    private void writeTheLetter(FxRobot robot, String key) {
        app.show(robot, "letter");
        click(robot, "#subject").write("Our first made-up appeal");
        click(robot, "#body").write("The report says the government [@" + key + "].");
        try {
            waitUntil("the preview shows the letter without a blocking problem", () -> app.preview().lastGoodLetter()
                    .map(l -> l.html().contains("The report says the government")).orElse(false)
                    && app.preview().problems().stream().noneMatch(p -> p.isBlocking()));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; problems: " + app.preview().problems(), e);
        }
    }

    /** File → Export PDF (Ctrl+E) to the file the chooser is given; the PDF's text. */
    private String export(FxRobot robot) throws Exception {
        Path pdf = temp.resolve("first-letter.pdf");
        app.dialogs.saveFile = pdf;
        // "Preview for" took the addressee once the new campaign had recipients (it once stayed empty,
        // and Export then did nothing).
        assertThat(robot.lookup("#recipient").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .isInstanceOfSatisfying(Recipient.class, r -> assertThat(r.name()).isEqualTo("Ahn Made-up"));
        CampaignsUiTest.menu(robot, "#menu-file", "#menu-export");
        try {
            waitUntil("exported", () -> Files.exists(pdf));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; asked or told: " + app.dialogs.shown + "; status: " + app.status()
                    + "; to: " + app.letter().recipientProperty().get(), e);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private CampaignData data() {
        return app.campaign().session().data();
    }
}
