package org.appeal.ui;

import javafx.stage.Stage;
import org.appeal.app.AppSettings;
import org.appeal.app.SettingsFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Settings reach their file once they settle, while the window is still open: a crash no longer loses them. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {
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
    void aChangedLanguageIsWrittenWithoutQuitting(FxRobot robot) {
        app.waitForPreview();
        SettingsFile file = new SettingsFile(temp.resolve("settings.properties"));
        waitUntil("the opened workspace and campaign written", () -> file.load().lastCampaign().equals("rok-unga80-dprk-2025"));
        assertThat(file.load().workspace()).isEqualTo(temp.resolve("workspace.db").toString());

        robot.clickOn("View").clickOn("Language").clickOn("한국어");

        waitUntil("the language written", () -> file.load().language().equals("ko"));
        AppSettings written = file.load();
        assertThat(written.recentWorkspaces()).containsExactly(temp.resolve("workspace.db").toString());
        assertThat(written.windowWidth()).isPositive();
        robot.clickOn("보기").clickOn("언어").clickOn("English");
    }
}
