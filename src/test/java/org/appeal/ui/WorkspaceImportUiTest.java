package org.appeal.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.appeal.app.BundleLoader;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.appeal.ui.AppHarness.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * File → Import campaign bundle runs in the background: a bundle that takes long to read (here one
 * that waits for the test) leaves the window working, with progress and Cancel in the status bar.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceImportUiTest {
    /** Made up for the test: the sample under another id and title, so it can sit beside the sample. */
    private static final String IMPORTED_TITLE = "A made-up imported campaign";

    @TempDir
    Path temp;

    private final AppHarness app = new AppHarness();
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch readDone = new CountDownLatch(1);
    private volatile Thread reader;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage, temp, workspace -> { }, this::slowRead);
    }

    /**
     * Reads the folder as the app does, after waiting until the test lets it go on; like a read from a
     * slow disk, it does not heed Cancel's interrupt, so what stops the import is the check after it.
     */
    private CampaignData slowRead(Path folder) throws BundleException {
        reader = Thread.currentThread();
        reading.countDown();
        try {
            awaitIgnoringInterrupts(release);
            CampaignData sample = BundleLoader.STANDARD.read(folder);
            Campaign c = sample.campaign();
            return new CampaignData(new Campaign("made-up-imported", IMPORTED_TITLE, c.language(), c.targetState(),
                    c.coalition()), sample.letter(), sample.recipients(), sample.signatories(), sample.resolutions(),
                    sample.sponsorships(), sample.sources(), sample.evidence(), sample.otherLetters(), sample.votes());
        } finally {
            readDone.countDown();
        }
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (latch.getCount() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the test never let the read go on");
            }
            try {
                latch.await(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // Ignored on purpose, see slowRead.
            }
        }
    }

    @AfterEach
    void close() {
        release.countDown();
        app.close();
    }

    private void startImport(FxRobot robot) throws InterruptedException {
        app.waitForPreview();
        app.dialogs.folder = Path.of("seeds/sample-campaign");
        robot.clickOn("File").clickOn("Import campaign bundle...");
        assertThat(reading.await(20, TimeUnit.SECONDS)).as("the import started reading").isTrue();
    }

    @Test
    void theWindowStaysResponsiveWhileABundleIsRead(FxRobot robot) throws Exception {
        startImport(robot);

        CountDownLatch ran = new CountDownLatch(1);
        Platform.runLater(ran::countDown);
        assertThat(ran.await(5, TimeUnit.SECONDS)).as("the FX thread handles events while the bundle is read").isTrue();
        waitUntilShowing(robot, "#progress");
        waitUntilShowing(robot, "#cancelTask");
        app.show(robot, "recipients");
        assertThat(stage.getTitle()).isEqualTo("Appeal \u2014 " + app.campaign().session().data().campaign().title());

        release.countDown();

        waitUntil("the imported campaign is open", () -> stage.getTitle().equals("Appeal \u2014 " + IMPORTED_TITLE));
        waitUntil("two campaigns in the navigator", () -> robot.lookup("#nav-campaign-1").tryQuery().isPresent());
        assertThat(app.campaign().session().campaignId()).isEqualTo("made-up-imported");
        waitUntilShowing(robot, "#letter-screen");
    }

    @Test
    void cancellingWhileTheBundleIsReadWritesNothing(FxRobot robot) throws Exception {
        startImport(robot);
        click(robot, "#cancelTask");

        release.countDown();

        assertThat(readDone.await(20, TimeUnit.SECONDS)).isTrue();
        // The reading thread is the pool's: once it asks the pool for more work, the job has ended.
        waitUntil("the import job ended", () -> java.util.Arrays.stream(reader.getStackTrace())
                .anyMatch(frame -> frame.getMethodName().equals("getTask")));
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("workspace.db")));
        assertThat(new CampaignStore(workspace).campaigns()).extracting(Campaign::id).containsExactly("rok-unga80-dprk-2025");
        assertThat(app.campaign().session().campaignId()).isEqualTo("rok-unga80-dprk-2025");
        assertThat(app.dialogs.shown).extracting(ScriptedDialogs.Shown::kind).containsExactly("folder");
    }
}
