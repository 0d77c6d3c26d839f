package org.appeal.ui;

import javafx.stage.Stage;
import org.appeal.app.AppSettings;
import org.appeal.app.BundleLoader;
import org.appeal.app.PreviewRasterizer;
import org.appeal.app.SettingsFile;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.ui.common.FxUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A workspace file that is not a database: the window still opens, and says why there is no campaign. */
@ExtendWith(ApplicationExtension.class)
class BrokenWorkspaceUiTest {
    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path notADatabase = Files.writeString(temp.resolve("workspace.db"), "this is not an SQLite file, made up for the test");
        FontLibrary fonts = new FontLibrary();
        AppServices services = new AppServices(new Renderer(new TemplateEngine(Path.of("templates")), fonts), fonts,
                new PreviewRasterizer(60f), (pdf, job) -> true, List.of("letter.html.vm"), Path.of("seeds/sample-campaign"),
                BundleLoader.STANDARD, new SettingsFile(temp.resolve("settings.properties")), dialogs, url -> { });
        MainWindow window = new MainWindow(stage, services, new FxUiExecutor(), new Messages(Locale.ENGLISH),
                AppSettings.DEFAULTS);
        window.openOrReport(notADatabase.toString(), () -> { });
        stage.show();
    }

    /** Closed as the user would, so no settings are written into the temp folder after the test. */
    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.close();
        }).get();
    }

    @Test
    void theWindowOpensAndSaysWhatWentWrong(FxRobot robot) {
        waitUntil(() -> !dialogs.shown.isEmpty());

        assertThat(dialogs.shown).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Could not open the workspace");
            assertThat(shown.message()).contains("workspace.db");
        });
        assertThat(robot.lookup("#no-campaign").tryQuery()).isPresent();
        assertThat(robot.lookup("File").tryQuery()).isPresent();
    }
}
