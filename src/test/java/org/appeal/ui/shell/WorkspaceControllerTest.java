package org.appeal.ui.shell;

import org.appeal.app.AppSettings;
import org.appeal.app.BundleLoader;
import org.appeal.app.PreviewRasterizer;
import org.appeal.app.SettingsFile;
import org.appeal.domain.Campaign;
import org.appeal.ui.common.Debouncer;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.AppServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's workspace work without a toolkit: jobs run on the test thread, dialogs are recorded. */
class WorkspaceControllerTest {
    @TempDir
    Path temp;

    private final List<String> errors = new ArrayList<>();
    private final List<WorkspaceController.Shown> shown = new ArrayList<>();
    private Path folder;
    private int kept;

    private WorkspaceController controller(Path sample, AppSettings settings) {
        DialogService dialogs = new DialogService() {
            public void error(String t, String m) { errors.add(t + ": " + m); }
            public void info(String t, String m) { }
            public boolean confirm(String t, String m) { return true; }
            public Optional<Path> chooseSaveFile(String t, String n, String e) { return Optional.empty(); }
            public Optional<Path> chooseOpenFile(String t, String e) { return Optional.empty(); }
            public Optional<Path> chooseFolder(String t) { return Optional.ofNullable(folder); }
        };
        AppServices services = new AppServices(null, null, new PreviewRasterizer(30f), (pdf, job) -> false, List.of(),
                sample, BundleLoader.STANDARD, new SettingsFile(temp.resolve("settings.properties")), dialogs, url -> { });
        SettingsKeeper keeper = new SettingsKeeper(services.settings(), settings, Debouncer.immediate(), e -> { });
        return new WorkspaceController(services, new DirectUiExecutor(), new Messages(Locale.ENGLISH), keeper,
                () -> kept++, shown::add);
    }

    @Test
    void aFirstStartImportsTheSampleOpensItAndRemembersBoth() {
        Path db = temp.resolve("workspace.db");
        boolean[] opened = {false};

        controller(Path.of("seeds/sample-campaign"), AppSettings.DEFAULTS)
                .openAtStart(db.toString(), () -> opened[0] = true);

        assertThat(shown).singleElement().satisfies(s -> {
            assertThat(s.campaigns()).extracting(Campaign::id).containsExactly("rok-unga80-dprk-2025");
            assertThat(s.session().campaignId()).isEqualTo("rok-unga80-dprk-2025");
        });
        assertThat(opened[0]).isTrue();
        AppSettings written = new SettingsFile(temp.resolve("settings.properties")).load();
        assertThat(written.workspace()).isEqualTo(db.toString());
        assertThat(written.lastCampaign()).isEqualTo("rok-unga80-dprk-2025");
        assertThat(errors).isEmpty();
    }

    @Test
    void aFileThatIsNoWorkspaceIsReportedAndNothingIsShown() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.db"), "not an SQLite file, made up for the test");

        controller(null, AppSettings.DEFAULTS).openAtStart(broken.toString(), () -> { });

        assertThat(shown).containsExactly(WorkspaceController.Shown.NOTHING);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).startsWith("Could not open the workspace").contains("broken.db"));
    }

    @Test
    void aRememberedWorkspaceThatIsNoPlaceIsReported() {
        controller(null, AppSettings.DEFAULTS).openAtStart("jdbc:made-up:nowhere", () -> { });

        assertThat(shown).containsExactly(WorkspaceController.Shown.NOTHING);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).contains("jdbc:made-up:nowhere"));
    }

    @Test
    void aBundleWithProblemsIsReportedAndTheOpenCampaignStays() throws Exception {
        WorkspaceController controller = controller(Path.of("seeds/sample-campaign"), AppSettings.DEFAULTS);
        controller.openAtStart(temp.resolve("workspace.db").toString(), () -> { });
        folder = Files.createDirectories(temp.resolve("empty-bundle"));

        controller.importBundle();

        assertThat(shown).hasSize(1);
        assertThat(kept).as("nothing replaced, so nothing to keep").isZero();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).startsWith("Could not import the bundle"));
    }

    @Test
    void anotherWorkspaceKeepsUnsavedWorkFirstAndANameThatIsNoWorkspaceIsRefused() {
        WorkspaceController controller = controller(Path.of("seeds/sample-campaign"), AppSettings.DEFAULTS);
        controller.openAtStart(temp.resolve("workspace.db").toString(), () -> { });

        controller.switchTo("jdbc:made-up:nothing");
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).contains("jdbc:made-up:nothing"));
        assertThat(kept).isZero();

        controller.switchTo(temp.resolve("second.db").toString());
        assertThat(kept).isEqualTo(1);
        assertThat(shown).hasSize(2);
        assertThat(new SettingsFile(temp.resolve("settings.properties")).load().recentWorkspaces())
                .containsExactly(temp.resolve("second.db").toString(), temp.resolve("workspace.db").toString());
    }
}
