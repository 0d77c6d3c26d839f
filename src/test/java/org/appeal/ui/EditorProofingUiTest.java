package org.appeal.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.appeal.compose.BodySpelling;
import org.appeal.ui.letter.BodySpellChecker;
import org.fxmisc.richtext.CodeArea;
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
import java.util.concurrent.TimeUnit;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.appeal.ui.AppHarness.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Proofreading the letter (issue 12): the body's spelling, the preview's zoom. The sample campaign (seeds/), in English. */
@ExtendWith(ApplicationExtension.class)
class EditorProofingUiTest {
    @TempDir
    static Path temp;

    private final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) throws IOException {
        app.start(stage, Files.createTempDirectory(temp, "app"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static CodeArea body(FxRobot robot) {
        return robot.lookup("#body").queryAs(CodeArea.class);
    }

    private BodySpellChecker spelling() {
        return ((org.appeal.ui.letter.LetterScreen) app.campaign().screen("letter")).spelling().orElseThrow();
    }

    @Test
    void aMisspelledWordIsUnderlinedAndTheContextMenuPutsTheRightSpellingIn(FxRobot robot) throws Exception {
        app.waitForPreview();
        // The dictionary loads the first time the letter shows, on its own thread; under load it takes a while.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#spelling-state").queryLabeled()
                .getText().startsWith("Spelling: English (US)"));
        String before = body(robot).getText();
        robot.interact(() -> body(robot).appendText(" The goverment must act."));

        int at = before.length() + " The ".length();
        waitUntil("the unknown word underlined", () -> body(robot).getStyleOfChar(at + 2).contains("misspelled"));
        assertThat(body(robot).getStyleOfChar(at - 2)).doesNotContain("misspelled");
        // The sample's names and references are not taken for misspellings.
        assertThat(spelling().found()).extracting(BodySpelling.Misspelling::word).doesNotContain("Jae-myung", "Jae",
                "myung", "addressee", "sup");
        assertThat(robot.lookup("#spelling-state").queryLabeled().getText()).contains("not in the dictionary");
        int index = spelling().found().stream().filter(m -> m.start() == at).findFirst().orElseThrow()
                .suggestions().indexOf("government");
        assertThat(index).as("government among the suggestions").isNotNegative();

        // The items the body's context menu starts with (a right-click under Monocle did not bring the menu up
        // in this test, so its item is fired here as a click on it would).
        robot.interact(() -> body(robot).moveTo(at + 3));
        java.util.List<javafx.scene.control.MenuItem> items = WaitForAsyncUtils.asyncFx(
                () -> spelling().suggestionsAtCaret()).get();
        assertThat(items).extracting(javafx.scene.control.MenuItem::getText).contains("government");
        robot.interact(() -> items.get(index).fire());

        waitUntil("the word corrected", () -> body(robot).getText().equals(before + " The government must act."));
        waitUntil("no longer underlined", () -> !body(robot).getStyleOfChar(at + 2).contains("misspelled"));
    }

    private ImageView firstPage(FxRobot robot) {
        return robot.lookup("#previewPages").lookup(".preview-page").queryAs(ImageView.class);
    }

    @Test
    void thePreviewZoomsWithCtrlPlusAndMinusShowsTheRealSizeAndFitsTheWidth(FxRobot robot) {
        app.waitForPreview();
        ScrollPane scroll = robot.lookup("#preview").queryAs(ScrollPane.class);
        double fitted = firstPage(robot).getFitWidth();
        assertThat(fitted).isEqualTo(scroll.getWidth() - 56, within(0.5));
        // Fitted: the size that comes to, and Fit width greyed out as it is what shows.
        assertThat(robot.lookup("#zoom-level").queryLabeled().getText()).matches("\\d+ %");
        assertThat(robot.lookup("#zoom-fit").query().isDisabled()).isTrue();

        click(robot, "#body");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitUntil("zoomed in", () -> firstPage(robot).getFitWidth() > fitted + 1);
        assertThat(robot.lookup("#zoom-level").queryLabeled().getText()).endsWith(" %");
        double larger = firstPage(robot).getFitWidth();
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        waitUntil("zoomed out", () -> firstPage(robot).getFitWidth() < larger - 1);

        click(robot, "#zoom-actual");
        // An A4 page (595.3 points) at its real size on a 96 dpi screen.
        waitUntil("100 % shown", () -> robot.lookup("#zoom-level").queryLabeled().getText().equals("100 %"));
        // The raster is whole pixels, so the page's width is known to a pixel of the raster (up to 3 px here).
        assertThat(firstPage(robot).getFitWidth()).isCloseTo(793.7, within(3.0));

        assertThat(robot.lookup("#zoom-fit").query().isDisabled()).isFalse();
        click(robot, "#zoom-fit");
        waitUntil("fitted again", () -> Math.abs(firstPage(robot).getFitWidth() - (scroll.getWidth() - 56)) < 0.5);
    }
}
