package org.appeal.ui;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.fxmisc.richtext.CodeArea;
import org.appeal.app.PreviewRasterizer;
import org.appeal.compose.Problem;
import org.appeal.ui.letter.LetterPreview.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class LetterEditorUiTest {
    @TempDir
    static Path temp;

    private final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) throws IOException {
        Path mine = Files.createTempDirectory(temp, "app");
        app.start(stage, mine);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** The body's code area (a RichTextFX CodeArea: not a TextInputControl). */
    private CodeArea body(FxRobot robot) {
        return robot.lookup("#body").queryAs(CodeArea.class);
    }

    private void typeAtEnd(FxRobot robot, String text) {
        click(robot, "#body");
        robot.interact(() -> {
            body(robot).moveTo(body(robot).getLength());
            body(robot).requestFollowCaret();
        });
        robot.write(text);
    }

    /**
     * A slow machine may pause mid-word long enough for a preview of "$und": wait for the problem with the
     * whole name, not for the first block.
     */
    private void waitUntilBlockedBy(String reference) {
        waitUntil(reference + " reported", () -> app.preview().blockedProperty().get() && app.preview().problems().stream()
                .anyMatch(p -> p.isBlocking() && p.toString().contains(reference + " is not defined")));
    }

    @Test
    void theSampleLetterOpensWithAPreviewAndTheAppealTitle(FxRobot robot) {
        app.waitForPreview();

        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(((Stage) robot.lookup("#main-window").query().getScene().getWindow()).getTitle()).startsWith("Appeal");
        assertThat(app.preview().pages()).hasSize(3);
        assertThat(body(robot).getText()).startsWith("We urge your government");
    }

    @Test
    void typingInTheBodyUpdatesThePreview(FxRobot robot) {
        app.waitForPreview();
        List<PreviewRasterizer.Page> before = List.copyOf(app.preview().pages());

        typeAtEnd(robot, " Zebra");

        waitUntil(() -> app.preview().lastGoodLetter().orElseThrow().html().contains("Zebra")
                && app.preview().stateProperty().get() == State.UP_TO_DATE);
        assertThat(app.preview().pages()).isNotEmpty();
        assertThat(app.preview().pages().get(app.preview().pages().size() - 1))
                .isNotSameAs(before.get(before.size() - 1));
        assertThat(app.preview().lastPreviewMillisProperty().get()).isPositive();
    }

    @Test
    void anUndefinedReferenceIsShownAndTheLastGoodPreviewStays(FxRobot robot) {
        app.waitForPreview();

        typeAtEnd(robot, " $undefinedThing");

        waitUntilBlockedBy("$undefinedThing");
        // A slow machine may preview the text typed so far (" " is a good letter): the last good version is
        // whichever rendered last before the block, and it must stay shown while the block lasts.
        List<PreviewRasterizer.Page> good = List.copyOf(app.preview().pages());
        assertThat(good).isNotEmpty();
        assertThat(app.preview().lastGoodLetter().orElseThrow().html()).doesNotContain("undefinedThing");
        assertThat(app.preview().stateProperty().get()).isEqualTo(State.BLOCKED);
        assertThat(app.preview().problems()).filteredOn(Problem::isBlocking).singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("letter.md line", "$undefinedThing is not defined"));
        assertThat(robot.lookup("#previewState").queryLabeled().getText()).startsWith("Showing the last good version");

        ListView<?> warnings = robot.lookup("#warnings").queryListView();
        click(robot, robot.from(warnings).lookup(".problem-blocking").queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body(robot).getSelectedText()).isEqualTo("$undefinedThing");
        assertThat(app.preview().pages()).containsExactlyElementsOf(good);
    }

    @Test
    void exportIsRefusedWhileAProblemBlocks(FxRobot robot) {
        app.waitForPreview();
        typeAtEnd(robot, " $undefinedThing");
        waitUntilBlockedBy("$undefinedThing");
        app.dialogs.saveFile = temp.resolve("refused.pdf");

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dialogs.shown).extracting(ScriptedDialogs.Shown::kind).containsExactly("error");
        assertThat(app.dialogs.shown.get(0).title()).isEqualTo("The letter cannot be exported yet");
        assertThat(app.dialogs.shown.get(0).message()).contains("$undefinedThing is not defined");
        assertThat(temp.resolve("refused.pdf")).doesNotExist();
    }

    @Test
    void exportOfAllRecipientsWritesOneValidPdfEach(FxRobot robot) throws IOException {
        app.waitForPreview();
        Path folder = Files.createDirectories(temp.resolve("all-" + System.nanoTime()));
        app.dialogs.folder = folder;

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> app.status().startsWith("Exported 4 letters"));
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(
                "2025-10-28_Foreign-Minister_Cho-Hyun.pdf", "2025-10-28_President_Lee-Jae-myung.pdf",
                "2025-10-28_Prime-Minister_Kim-Min-seok.pdf", "2025-10-28_Unification-Minister_Chung-Dong-young.pdf");
        for (Path file : files) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            }
        }
    }

    @Test
    void undoAndRedoABodyEdit(FxRobot robot) {
        app.waitForPreview();
        String original = body(robot).getText();

        typeAtEnd(robot, " Extra");
        assertThat(body(robot).getText()).isEqualTo(original + " Extra");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body(robot).getText()).isEqualTo(original);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body(robot).getText()).isEqualTo(original + " Extra");
    }

    /** Edit → Undo from the menu: the field being edited undoes its typing, the body only its own. */
    @Test
    void editUndoFromTheMenuActsOnTheFieldBeingEdited(FxRobot robot) {
        app.waitForPreview();
        String body = body(robot).getText();
        String subject = robot.lookup("#subject").queryTextInputControl().getText();
        click(robot, "#subject");
        robot.interact(() -> robot.lookup("#subject").queryTextInputControl().end());
        robot.write(" Typed");
        waitUntil(() -> robot.lookup("#subject").queryTextInputControl().getText().equals(subject + " Typed"));

        robot.clickOn("Edit").clickOn("Undo");
        waitUntil("the subject undone", () -> robot.lookup("#subject").queryTextInputControl().getText().equals(subject));
        assertThat(body(robot).getText()).isEqualTo(body);

        typeAtEnd(robot, " More");
        robot.clickOn("Edit").clickOn("Undo");
        waitUntil("the body undone", () -> body(robot).getText().equals(body));
        robot.clickOn("Edit").clickOn("Redo");
        waitUntil("the body redone", () -> body(robot).getText().equals(body + " More"));
        assertThat(robot.lookup("#subject").queryTextInputControl().getText()).isEqualTo(subject);
    }

    @Test
    void switchingTheUiLanguageRelabelsTheWindow(FxRobot robot) {
        app.waitForPreview();

        robot.clickOn("View").clickOn("Language").clickOn("한국어");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("파일").tryQuery()).isPresent();
        assertThat(robot.lookup("#letter-screen").tryQuery()).isPresent();
        assertThat(robot.lookup("서명자 기준일").tryQuery()).isPresent();
        assertThat(body(robot).getText()).startsWith("We urge your government");

        robot.clickOn("보기").clickOn("언어").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("File").tryQuery()).isPresent();
    }
}
