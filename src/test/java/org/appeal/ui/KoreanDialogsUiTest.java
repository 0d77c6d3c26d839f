package org.appeal.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.appeal.domain.Signatory;
import org.appeal.ui.common.ListedProblem;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.ProblemsDialog;
import org.appeal.ui.signatories.SignatoriesViewModel;
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
import java.util.concurrent.atomic.AtomicBoolean;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.appeal.ui.AppHarness.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signatory, source and evidence dialogs, the insert picker and the problems dialog in the
 * Korean interface of the real window: their standard buttons say 확인, 취소 and 닫기, not
 * JavaFX's English, and a signatory's day is shown the Korean way. The settings screen's letter
 * list shows a subject's words, not its markup; an empty table says so in Korean.
 */
@ExtendWith(ApplicationExtension.class)
class KoreanDialogsUiTest {
    @TempDir
    Path temp;

    private final AppHarness app = new AppHarness();
    private final Messages korean = new Messages(Locale.KOREAN);
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

    @Test
    void theSettingsListShowsTheSubjectsWordsNotItsMarkup(FxRobot robot) {
        app.waitForPreview();
        app.show(robot, "settings");
        waitUntil("the letters listed", () -> cells(robot).stream().anyMatch(t -> t.contains("80th")));
        // The sample's subject is "... adopted at the 80<sup>th</sup> United Nations General Assembly".
        assertThat(cells(robot)).anyMatch(t -> t.contains("to be adopted at the 80th United Nations General Assembly"))
                .noneMatch(t -> t.contains("<sup>") || t.contains("</"));
    }

    @Test
    void theNewerDialogsSayHwaginChwisoAndDatgi(FxRobot robot) {
        app.waitForPreview();
        robot.interact(() -> app.window.switchLanguage(Locale.KOREAN));

        app.show(robot, "signatories");
        SignatoriesViewModel model = app.screen("signatories", SignatoriesViewModel.class);
        int before = model.all().size();
        click(robot, "#addSignatory");
        waitUntilShowing(robot, "#signatory-dialog");
        assertThat(buttons(robot, "#signatory-dialog")).containsExactly("확인", "취소");
        click(robot, "#signatoryName").write("Jane Example");
        click(robot, "#signatorySignedOn").write("2025-06-30");
        press(robot, "#signatory-dialog", "확인");
        waitUntil("the signatory saved", () -> model.all().size() == before + 1);
        Signatory jane = model.all().stream().filter(s -> s.name().equals("Jane Example")).findFirst().orElseThrow();
        TableView<Signatory> table = robot.lookup("#signatories").queryAs(TableView.class);
        TableColumn<Signatory, ?> signedOn = table.getColumns().stream()
                .filter(c -> c.getText().equals(korean.get("signatories.signedOn"))).findFirst().orElseThrow();
        assertThat(signedOn.getCellObservableValue(jane).getValue()).isEqualTo("2025년 6월 30일");
        assertThat(((Labeled) table.getPlaceholder()).getText()).as("shown when none is").isEqualTo("보여 줄 서명자가 없습니다.");

        app.show(robot, "evidence");
        click(robot, "#addSource");
        waitUntilShowing(robot, "#source-dialog");
        assertThat(buttons(robot, "#source-dialog")).containsExactly("확인", "취소");
        press(robot, "#source-dialog", "취소");
        waitUntil("source dialog closed", () -> robot.lookup("#source-dialog").tryQuery().isEmpty());

        TableView<?> evidence = robot.lookup("#evidenceTable").queryAs(TableView.class);
        assertThat(((Labeled) evidence.getPlaceholder()).getText()).startsWith("아직 증거가 없습니다.");
        waitUntil("evidence listed", () -> !evidence.getItems().isEmpty());
        robot.interact(() -> evidence.getSelectionModel().select(0));
        click(robot, "#editEvidence");
        waitUntilShowing(robot, "#evidence-dialog");
        assertThat(buttons(robot, "#evidence-dialog")).containsExactly("확인", "취소");
        press(robot, "#evidence-dialog", "취소");
        waitUntil("evidence dialog closed", () -> robot.lookup("#evidence-dialog").tryQuery().isEmpty());

        app.show(robot, "letter");
        click(robot, "#menu-insert");
        click(robot, "#menu-insert-citation");
        waitUntilShowing(robot, "#picker");
        assertThat(buttons(robot, "#picker")).containsExactly("확인", "취소");
        press(robot, "#picker", "취소");
        waitUntil("picker closed", () -> robot.lookup("#picker").tryQuery().isEmpty());

        app.show(robot, "recipients");
        TableView<?> recipients = robot.lookup("#recipients").queryAs(TableView.class);
        assertThat(((Labeled) recipients.getPlaceholder()).getText()).isEqualTo("아직 수신인이 없습니다.");

        app.show(robot, "delivery");
        TableView<?> deliveries = robot.lookup("#deliveryList").queryAs(TableView.class);
        assertThat(deliveries.getItems()).as("the sample has no deliveries").isEmpty();
        assertThat(((Labeled) deliveries.getPlaceholder()).getText()).isEqualTo("보여 줄 발송 기록이 없습니다.");

        // Made-up problem: the dialog's own words and button are what is checked.
        AtomicBoolean closed = new AtomicBoolean();
        Platform.runLater(() -> {
            new ProblemsDialog(korean, stage).show("가져오기 실패", "아무것도 바뀌지 않았습니다.",
                    List.of(new ListedProblem("열이 없습니다", "recipients.csv, 2행")));
            closed.set(true);
        });
        waitUntilShowing(robot, "#problems-dialog");
        assertThat(buttons(robot, "#problems-dialog")).containsExactly("닫기");
        press(robot, "#problems-dialog", "닫기");
        waitUntil("problems dialog closed", closed::get);
    }

    private static List<String> cells(FxRobot robot) {
        return robot.lookup("#settingsLetters .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null).toList();
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
}
