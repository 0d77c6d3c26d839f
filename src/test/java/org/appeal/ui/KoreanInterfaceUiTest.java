package org.appeal.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.appeal.ui.common.FxDialogService;
import org.appeal.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Korean interface is Korean to the end: a dialog's standard buttons (JavaFX's own OK and
 * Cancel would stay English), counts in their plural form, dates in Korean; a letter and its
 * Korean version side by side.
 */
@ExtendWith(ApplicationExtension.class)
class KoreanInterfaceUiTest {
    @TempDir
    Path temp;

    private final AppHarness app = new AppHarness();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage, temp);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static List<String> buttons(FxRobot robot, String pane) {
        DialogPane dialog = robot.lookup(pane).queryAs(DialogPane.class);
        return dialog.getButtonTypes().stream().map(b -> ((Labeled) dialog.lookupButton(b)).getText()).toList();
    }

    private static void press(FxRobot robot, String pane, String text) {
        DialogPane dialog = robot.lookup(pane).queryAs(DialogPane.class);
        Node button = dialog.getButtonTypes().stream().map(dialog::lookupButton)
                .filter(b -> ((Button) b).getText().equals(text)).findFirst().orElseThrow();
        click(robot, button);
    }

    @Test
    void dialogButtonsCountsAndDatesAreKorean(FxRobot robot) {
        app.waitForPreview();
        robot.interact(() -> app.window.switchLanguage(Locale.KOREAN));

        app.show(robot, "signatories");
        Labeled summary = robot.lookup("#signatoriesSummary").queryAs(Labeled.class);
        waitUntil("summary in Korean", () -> summary.getText().contains("개인 2명"));
        assertThat(summary.getText()).isEqualTo("2025년 7월 9일 기준 서명자 22명: 단체 20곳, 개인 2명 (전체 기록 22건)");
        assertThat(robot.lookup("#signatoriesAsOf").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText())
                .isEqualTo("2025년 7월 9일");

        app.show(robot, "versions");
        javafx.scene.control.TextArea english = robot.lookup("#versionFirstBody").queryAs(javafx.scene.control.TextArea.class);
        javafx.scene.control.TextArea hangul = robot.lookup("#versionSecondBody").queryAs(javafx.scene.control.TextArea.class);
        assertThat(english.getText()).startsWith("We urge your government");
        assertThat(hangul.getText()).containsPattern("[가-힣]");
        assertThat(robot.lookup("#versionsVerdict").queryLabeled().getText()).startsWith("두 버전의 문단 수가 같고");

        app.show(robot, "settings");
        click(robot, "#addLetter");
        waitUntil("name dialog", () -> robot.lookup("#letter-name-dialog").tryQuery().isPresent());
        assertThat(buttons(robot, "#letter-name-dialog")).containsExactly("확인", "취소");
        press(robot, "#letter-name-dialog", "취소");
        waitUntil("name dialog closed", () -> robot.lookup("#letter-name-dialog").tryQuery().isEmpty());

        // The app's own questions (errors, confirmations) as the window asks them.
        Messages korean = new Messages(Locale.KOREAN);
        FxDialogService questions = new FxDialogService(() -> stage, korean);
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(questions.confirm("편지 삭제", "정말 삭제할까요?")));
        waitUntil("question shown", () -> robot.lookup("#dialog-confirmation").tryQuery().isPresent());
        assertThat(buttons(robot, "#dialog-confirmation")).containsExactly("확인", "취소");
        press(robot, "#dialog-confirmation", "취소");
        waitUntil("answered", () -> answer.get() != null);
        assertThat(answer.get()).isFalse();
    }
}
