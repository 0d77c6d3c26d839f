package org.appeal.ui;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.appeal.ui.timeline.TimelineViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TimelineUiTest {
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

    private void openTimeline(FxRobot robot) {
        app.waitForPreview();
        app.show(robot, "timeline");
    }

    @Test
    void theTimelineShowsTheSampleStatesYears(FxRobot robot) {
        openTimeline(robot);

        assertThat(app.screen("timeline", TimelineViewModel.class).gridProperty().get().years()).startsWith(2008).contains(2018, 2022, 2024);
        assertThat(robot.lookup("#cell-GA-2008").queryButton().getText()).isEqualTo("Yes");
        assertThat(robot.lookup("#cell-HRC-2020").queryButton().getText()).isEqualTo("No");
        assertThat(robot.lookup("#cell-GA-2022").queryButton().getText()).isEqualTo("Yes");
        assertThat(robot.lookup("#cell-HRC-2022").queryButton().getText()).isEqualTo("No");
        assertThat(robot.lookup("#cell-GA-2023").queryButton().getText()).as("no record: unknown, not 'did not'")
                .isEqualTo("Unknown");
        click(robot, "#resolution-a-res-79-181");
        assertThat(app.opened).containsExactly("https://undocs.org/A/RES/79/181");
    }

    @Test
    void editingAYearChangesThePreview(FxRobot robot) {
        openTimeline(robot);
        assertThat(app.preview().lastGoodLetter().orElseThrow().html()).contains("Every year from 2008 to 2018");

        click(robot, "#cell-GA-2015");
        click(robot, "#set-declined");

        waitUntil("GA 2015 shows No", () -> robot.lookup("#cell-GA-2015").tryQuery()
                .map(cell -> ((Button) cell).getText()).filter("No"::equals).isPresent());
        waitUntil(() -> !app.preview().lastGoodLetter().orElseThrow().html().contains("Every year from 2008 to 2018"));
        assertThat(app.preview().lastGoodLetter().orElseThrow().html()).doesNotContain("Every year from 2008 to 2018");
    }
}
