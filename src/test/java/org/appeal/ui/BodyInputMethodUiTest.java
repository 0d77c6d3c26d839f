package org.appeal.ui;

import javafx.event.Event;
import javafx.scene.control.TextField;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing Korean through an input method in the body editor (issue 12, point 7). TestFX types finished
 * characters only, so the input method's events are replayed: the ones below are those ibus-hangul
 * sent through JavaFX 21 on X for the keys g k s r m f (한글), recorded under Xvfb (docs/user-guide.md,
 * "Typing Korean"): the syllable grows as it is composed (ㅎ, 하, 한), an empty event ends the
 * composition, the finished syllable is committed. The sample campaign (seeds/).
 */
@ExtendWith(ApplicationExtension.class)
class BodyInputMethodUiTest {
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

    private static InputMethodEvent composing(String text) {
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(new InputMethodTextRun(text, InputMethodHighlight.SELECTED_RAW)), "", text.length());
    }

    private static InputMethodEvent committing(String text) {
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), text, text.length());
    }

    private static InputMethodEvent ending() {
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), "", 0);
    }

    private static void send(FxRobot robot, javafx.scene.Node target, InputMethodEvent... events) {
        robot.interact(() -> {
            for (InputMethodEvent event : events) {
                Event.fireEvent(target, event);
            }
        });
    }

    private static List<Integer> composingMarked(CodeArea area) {
        return IntStream.range(0, area.getLength()).filter(i -> area.getStyleOfChar(i).contains("composing"))
                .boxed().toList();
    }

    @Test
    void syllablesComposedByAnInputMethodArriveWholeAndTheOpenOneIsMarked(FxRobot robot) {
        app.waitForPreview();
        click(robot, "#body");
        CodeArea area = body(robot);
        String before = area.getText();
        robot.interact(() -> area.moveTo(before.length()));
        int at = before.length();

        send(robot, area, composing("ㅎ"), composing("하"), composing("한"));

        // The open syllable is in the text (the preview shows it) and marked as not yet written.
        assertThat(area.getText()).isEqualTo(before + "한");
        assertThat(composingMarked(area)).containsExactly(at);
        assertThat(area.getCaretPosition()).isEqualTo(at + 1);

        send(robot, area, ending(), committing("한"), composing("ㄱ"), composing("그"), composing("글"));

        assertThat(area.getText()).isEqualTo(before + "한글");
        assertThat(composingMarked(area)).containsExactly(at + 1);

        send(robot, area, ending(), committing("글"));

        assertThat(area.getText()).isEqualTo(before + "한글");
        assertThat(composingMarked(area)).isEmpty();
        assertThat(area.getCaretPosition()).isEqualTo(at + 2);
        // One Ctrl+Z takes the word back, with no half-composed syllable left over.
        robot.interact(area::undo);
        assertThat(area.getText()).isEqualTo(before);
    }

    @Test
    void aSyllableLeftOpenWhenTheCaretMovesIsTakenOutNotLeftHalfWritten(FxRobot robot) {
        app.waitForPreview();
        click(robot, "#body");
        CodeArea area = body(robot);
        String before = area.getText();
        robot.interact(() -> area.moveTo(0));

        send(robot, area, composing("ㅇ"), composing("아"), composing("안"));
        assertThat(area.getText()).isEqualTo("안" + before);
        // A click elsewhere: JavaFX ends the composition with an empty event.
        send(robot, area, ending());

        assertThat(area.getText()).isEqualTo(before);
        assertThat(composingMarked(area)).isEmpty();
    }

    @Test
    void closingTheFindBarWithASyllableStillOpenKeepsTheFoundWords(FxRobot robot) {
        app.waitForPreview();
        click(robot, "#body");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        waitUntilShowing(robot, "#find-text");
        TextField find = robot.lookup("#find-text").queryAs(TextField.class);
        CodeArea area = body(robot);
        String before = area.getText();

        // "urge" typed into the find field, its last letters still open in the input method.
        send(robot, find, committing("ur"), composing("g"), composing("ge"));
        assertThat(area.getSelectedText()).isEqualTo("urge");
        // Escape: the find bar closes and gives the body the focus; JavaFX ends the find field's
        // composition there with an empty event (seen with ibus-hangul: "안녕" found, "안" selected, then
        // deleted from the letter).
        robot.interact(() -> {
            Event.fireEvent(find, ending());
            area.requestFocus();
        });
        String selected = robot.lookup("#body").queryAs(CodeArea.class).getSelectedText();
        send(robot, area, ending());

        assertThat(area.getText()).isEqualTo(before);
        assertThat(area.getSelectedText()).isEqualTo(selected);
    }
}
