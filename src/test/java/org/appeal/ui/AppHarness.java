package org.appeal.ui;

import javafx.stage.Stage;
import org.appeal.app.AppSettings;
import org.appeal.app.PreviewRasterizer;
import org.appeal.app.SettingsFile;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.FxUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.letter.LetterEditorViewModel;
import org.appeal.ui.shell.AppServices;
import org.appeal.ui.shell.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The real main window on a fresh SQLite workspace in a temp folder, holding the sample campaign;
 * dialogs are scripted and the printer is a recorder.
 */
final class AppHarness {
    private static final FontLibrary FONTS = new FontLibrary();

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<byte[]> printed = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    final FxUiExecutor executor = new FxUiExecutor();
    MainWindow window;

    void start(Stage stage, Path temp) {
        start(stage, temp, workspace -> { });
    }

    /** @param prepare runs on the workspace before the window opens it (the sample is already in it) */
    void start(Stage stage, Path temp, java.util.function.Consumer<org.appeal.store.db.Workspace> prepare) {
        org.appeal.store.db.Workspace workspace = org.appeal.store.db.Workspace.open(WorkspaceLocation.sqlite(temp.resolve("workspace.db")));
        try {
            new org.appeal.store.db.CampaignStore(workspace).importCampaign(
                    new org.appeal.store.bundle.BundleReader().read(Path.of("seeds/sample-campaign")));
        } catch (org.appeal.store.bundle.BundleException e) {
            throw new IllegalStateException(e);
        }
        prepare.accept(workspace);
        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), FONTS);
        AppServices services = new AppServices(renderer, FONTS, new PreviewRasterizer(60f), (pdf, job) -> printed.add(pdf),
                List.of("letter.html.vm"), Path.of("seeds/sample-campaign"),
                new SettingsFile(temp.resolve("settings.properties")), dialogs, opened::add);
        window = new MainWindow(stage, services, executor, new Messages(Locale.ENGLISH), AppSettings.DEFAULTS);
        window.open(WorkspaceLocation.sqlite(temp.resolve("workspace.db")));
        stage.show();
    }

    LetterEditorViewModel letter() {
        return window.letter();
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitForPreview() {
        waitUntil(() -> letter().previewStateProperty().get() != LetterEditorViewModel.PreviewState.RENDERING
                && !letter().pages().isEmpty());
    }
}
