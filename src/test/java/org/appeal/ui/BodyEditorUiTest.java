package org.appeal.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.appeal.ui.letter.BodyAssistant;
import org.appeal.ui.letter.LetterPreview.State;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.appeal.ui.AppHarness.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body editor as a writer uses it (issue 12): completion, marks with their fixes, Insert →
 * Citation, Ctrl+B as it comes out in the PDF, find and replace, hover. The sample campaign
 * (seeds/), which cites with links.
 */
@ExtendWith(ApplicationExtension.class)
class BodyEditorUiTest {
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

    private static String text(FxRobot robot) {
        return body(robot).getText();
    }

    /** Clicks into the body, then puts the caret at its end and types. */
    private void typeAtEnd(FxRobot robot, String typed) {
        click(robot, "#body");
        robot.interact(() -> {
            body(robot).moveTo(body(robot).getLength());
            body(robot).requestFollowCaret();
        });
        robot.write(typed);
    }

    private static boolean styled(FxRobot robot, int at, String styleClass) {
        return body(robot).getStyleOfChar(at).contains(styleClass);
    }

    /**
     * Rests the mouse on the character at {@code at} (scrolled into view) until the hover shows. The
     * mouse first leaves the text: the pointer is shared by every test in the run, and one resting on
     * the text already (left there by an earlier test) starts no new "mouse over text".
     */
    private static void hoverOn(FxRobot robot, int at) {
        robot.interact(() -> {
            body(robot).moveTo(at);
            body(robot).requestFollowCaret();
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (int attempt = 0; attempt < 3 && robot.lookup("#hover").tryQuery().filter(Node::isVisible).isEmpty(); attempt++) {
            Bounds area = onFx(() -> body(robot).localToScreen(body(robot).getBoundsInLocal()));
            robot.moveTo(new Point2D(area.getMinX() - 20, area.getMinY() - 20));
            WaitForAsyncUtils.waitForFxEvents();
            Bounds b = onFx(() -> body(robot).getCharacterBoundsOnScreen(at, at + 1)).orElseThrow();
            robot.moveTo(new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2));
            robot.moveBy(1, 0);
            try {
                WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS,
                        () -> robot.lookup("#hover").tryQuery().filter(Node::isVisible).isPresent());
            } catch (java.util.concurrent.TimeoutException notYet) {
                // Leave the text and rest on it again.
            }
        }
        waitUntilShowing(robot, "#hover");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void typingDollarAddOffersCompletionsAndEnterInsertsAddresseeName(FxRobot robot) {
        app.waitForPreview();
        String before = text(robot);

        typeAtEnd(robot, " Dear $add");

        waitUntilShowing(robot, "#completions");
        ListView<?> completions = robot.lookup("#completions").queryListView();
        assertThat(completions.getItems()).extracting(i -> ((BodyAssistant.Item) i).insert())
                .startsWith("$addressee.name", "$addressee.formOfAddress")
                .contains("$addressee.title", "$addressee.email");
        // Each offers what it prints for the recipient in preview.
        assertThat(((BodyAssistant.Item) completions.getItems().get(0)).printed()).isEqualTo("Lee Jae-myung");

        robot.type(KeyCode.ENTER);

        waitUntil("the completion inserted", () -> text(robot).equals(before + " Dear $addressee.name"));
        assertThat(robot.lookup("#completions").match(AppHarness::showing).tryQuery()).isEmpty();
    }

    @Test
    void aMisspelledReferenceIsUnderlinedAndItsSuggestionFixesItInOneClick(FxRobot robot) {
        app.waitForPreview();
        String before = text(robot);

        typeAtEnd(robot, " Dear $adressee.name,");
        robot.type(KeyCode.ESCAPE);  // no completion for a name the vocabulary does not have: nothing to close

        int at = before.length() + " Dear ".length();
        waitUntil("the misspelled reference marked", () -> styled(robot, at + 3, "issue"));
        assertThat(styled(robot, at - 2, "issue")).isFalse();
        hoverOn(robot, at + 3);
        Labeled fix = robot.lookup("#hover-fix-0").queryLabeled();
        assertThat(fix.getText()).isEqualTo("Did you mean $addressee.name?");
        assertThat(robot.lookup("#hover-issue").queryLabeled().getText()).startsWith("$adressee.name is not in the");

        click(robot, fix);

        waitUntil("the reference fixed", () -> text(robot).equals(before + " Dear $addressee.name,"));
        waitUntil("the mark gone", () -> !styled(robot, at + 3, "issue") && styled(robot, at + 3, "ref"));
        waitUntil("the letter renders with it", () -> app.preview().stateProperty().get() == State.UP_TO_DATE
                && app.preview().lastGoodLetter().orElseThrow().html().contains("Dear Lee Jae-myung,"));
    }

    @Test
    void insertCitationInsertsAWorkingCitationToAChosenSource(FxRobot robot) {
        app.waitForPreview();
        String before = text(robot);
        typeAtEnd(robot, " See ");

        click(robot, "#menu-insert");
        click(robot, "#menu-insert-citation");
        waitUntilShowing(robot, "#picker");
        robot.interact(() -> robot.lookup("#picker-filter").queryAs(TextField.class).setText("79-181"));
        click(robot, "#pick-a-res-79-181");
        robot.interact(() -> robot.lookup("#citation-words").queryAs(TextField.class).setText("the latest resolution"));
        click(robot, "#picker-ok");

        waitUntil("the citation inserted", () -> text(robot).equals(before + " See [the latest resolution](@a-res-79-181)"));
        waitUntil("the letter renders the cited words as a link to the source", () ->
                app.preview().stateProperty().get() == State.UP_TO_DATE && app.preview().lastGoodLetter().orElseThrow()
                        .html().contains("<a href=\"https://undocs.org/A/RES/79/181\"><u>the latest resolution</u></a>"));
        assertThat(app.preview().problems()).noneMatch(p -> p.isBlocking());
    }

    @Test
    void ctrlBOnASelectionSetsThoseWordsInTheBoldFontOfTheExportedPdf(FxRobot robot) throws IOException {
        app.waitForPreview();
        click(robot, "#body");
        String words = "dire and ongoing";
        int at = text(robot).indexOf(words);
        robot.interact(() -> body(robot).selectRange(at, at + words.length()));

        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);

        waitUntil("bold markup written", () -> text(robot).contains("**" + words + "**"));
        assertThat(body(robot).getSelectedText()).isEqualTo(words);
        Path pdf = temp.resolve("bold-" + System.nanoTime() + ".pdf");
        app.dialogs.saveFile = pdf;
        waitUntil("preview caught up", () -> app.preview().stateProperty().get() == State.UP_TO_DATE
                && app.preview().lastGoodLetter().orElseThrow().html().contains("<strong>" + words + "</strong>"));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil("exported", () -> Files.exists(pdf) && app.status().startsWith("Exported"));

        // Spaces and line ends are the stripper's guesses, not glyphs: the glyphs of the whole text, in order.
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> positions) {
                    positions.stream().filter(p -> !p.getUnicode().isBlank()).forEach(glyphs::add);
                }
            }.getText(document);
        }
        String joined = glyphs.stream().map(TextPosition::getUnicode).reduce("", String::concat);
        String wanted = words.replace(" ", "");
        int i = joined.indexOf(wanted);
        assertThat(i).as("the words in the PDF").isNotNegative();
        List<TextPosition> bold = glyphs.subList(i, i + wanted.length());
        List<TextPosition> around = glyphs.subList(0, i);
        assertThat(bold).isNotEmpty().allSatisfy(p ->
                assertThat(p.getFont().getName()).as("font of '" + p.getUnicode() + "'").contains("Bold"));
        assertThat(around).isNotEmpty().anySatisfy(p -> assertThat(p.getFont().getName()).doesNotContain("Bold"));
    }

    @Test
    void ctrlFFindsAndCtrlHReplaces(FxRobot robot) {
        app.waitForPreview();
        String original = text(robot);
        int all = countOf(original, "Korea");
        click(robot, "#body");
        robot.interact(() -> body(robot).moveTo(0));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntilShowing(robot, "#find-text");
        robot.write("Korea");

        waitUntil("matches counted", () -> robot.lookup("#find-count").queryLabeled().getText()
                .equals("1 of " + all));
        assertThat(body(robot).getSelectedText()).isEqualTo("Korea");
        int first = body(robot).getSelection().getStart();
        click(robot, "#find-next");
        waitUntil("the next match selected", () -> body(robot).getSelection().getStart() > first
                && body(robot).getSelectedText().equals("Korea"));
        click(robot, "#find-word");  // "Korean" no longer matches
        int whole = countOf(original.replace("Korean", "-"), "Korea");
        waitUntil("whole words counted", () -> robot.lookup("#find-count").queryLabeled().getText().endsWith(" of " + whole));

        click(robot, "#body");
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        waitUntilShowing(robot, "#replace-text");
        click(robot, "#replace-text");
        robot.write("Corea");
        click(robot, "#replace-all");

        waitUntil("replaced", () -> text(robot).equals(original.replaceAll("\\bKorea\\b", "Corea")));
        assertThat(robot.lookup("#find-count").queryLabeled().getText()).isEqualTo("Replaced " + whole);
        assertThat(text(robot)).contains("North Korean", "North Corea");
        click(robot, "#body");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil("replace all undone in one step", () -> text(robot).equals(original));
    }

    private static int countOf(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    @Test
    void hoveringAReferenceShowsItsValue(FxRobot robot) {
        app.waitForPreview();
        int at = text(robot).indexOf("$history.lastDeclined.text") + 5;

        hoverOn(robot, at);

        assertThat(robot.lookup("#hover-reference").queryLabeled().getText()).isEqualTo("$history.lastDeclined.text");
        assertThat(robot.lookup("#hover-value").queryLabeled().getText()).isEqualTo("Prints: Between 2019 and 2022");
        Optional<Node> explanation = robot.lookup("#hover-explanation").tryQuery();
        assertThat(explanation).isPresent();
        assertThat(((Labeled) explanation.get()).getText()).isEqualTo("the run's time as a sentence begins with it");
    }
}
