package org.appeal.ui;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The letter's date fields: ISO and the interface's own form are read, anything else is a problem shown at once. */
@ExtendWith(ApplicationExtension.class)
class DateFieldUiTest {
    private static final LocalDate SAMPLE_DATE = LocalDate.of(2025, 10, 28);

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

    private static void retype(FxRobot robot, String id, String text) {
        DatePicker picker = robot.lookup("#" + id).queryAs(DatePicker.class);
        click(robot, picker.getEditor());
        robot.interact(() -> picker.getEditor().clear());
        robot.write(text);
    }

    @Test
    void anUnreadableDateIsAProblemAtOnceAndTheLetterKeepsItsDate(FxRobot robot) {
        app.waitForPreview();
        DatePicker date = robot.lookup("#letterDate").queryAs(DatePicker.class);
        assertThat(date.getEditor().getText()).isEqualTo("28 Oct 2025");

        retype(robot, "letterDate", "05/11/2026");

        Label problem = robot.lookup("#letterDateProblem").queryAs(Label.class);
        waitUntil("problem shown", problem::isVisible);
        assertThat(problem.getText()).contains("05/11/2026").contains("5 Nov 2026").contains("11 May 2026");
        assertThat(date.getStyleClass()).contains("invalid-field");
        assertThat(app.letter().dateProperty().get()).isEqualTo(SAMPLE_DATE);
        assertThat(robot.lookup("#previewState").queryLabeled().getText()).isEqualTo(
                "A date cannot be read: the preview shows the last readable one");

        click(robot, "#subject");  // the field loses the focus: the text stays as typed, the date as it was
        assertThat(date.getEditor().getText()).isEqualTo("05/11/2026");
        assertThat(app.letter().dateProperty().get()).isEqualTo(SAMPLE_DATE);

        robot.interact(() -> app.campaign().letter().save());
        assertThat(app.dialogs.shown).anySatisfy(d -> assertThat(d.title()).isEqualTo("Fix the date first"));

        retype(robot, "letterDate", "2026-11-05");
        waitUntil("date taken", () -> LocalDate.of(2026, 11, 5).equals(app.letter().dateProperty().get()));
        assertThat(problem.isVisible()).isFalse();
        assertThat(date.getStyleClass()).doesNotContain("invalid-field");
        waitUntil("badge back", () -> !robot.lookup("#previewState").queryLabeled().getText().contains("cannot be read"));
    }

    @Test
    void theMonthAsAWordIsReadAndTheKoreanInterfaceShowsKoreanDates(FxRobot robot) {
        app.waitForPreview();
        retype(robot, "asOfDate", "July 9, 2025");
        waitUntil(() -> robot.lookup("#asOfDateProblem").query().isVisible() == false);
        assertThat(app.letter().signatoriesAsOfProperty().get()).isEqualTo(LocalDate.of(2025, 7, 9));

        robot.interact(() -> app.window.switchLanguage(Locale.KOREAN));
        app.show(robot, "letter");
        waitUntil(() -> robot.lookup("#letterDate").queryAs(DatePicker.class).getEditor().getText().equals("2025년 10월 28일"));

        retype(robot, "letterDate", "2025년 11월 3일");
        waitUntil(() -> LocalDate.of(2025, 11, 3).equals(app.letter().dateProperty().get()));
        retype(robot, "letterDate", "10/11/25");
        Label problem = robot.lookup("#letterDateProblem").queryAs(Label.class);
        waitUntil(problem::isVisible);
        assertThat(problem.getText()).contains("연도를 네 자리로");
        assertThat(app.letter().dateProperty().get()).isEqualTo(LocalDate.of(2025, 11, 3));
    }
}
