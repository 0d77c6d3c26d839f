package org.appeal.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

/** The campaign navigator keeps its rows inside itself whatever the fonts, titles and window size. */
@ExtendWith(ApplicationExtension.class)
class NavigatorUiTest {
    /** Made up for the test: a title wider than any navigator, in any font. */
    private static final String LONG_TITLE = "A made-up campaign whose title is much longer than the navigator is wide, "
            + "so that the navigator has to cut it short and keep it whole in a tooltip";

    @TempDir
    Path temp;

    private final AppHarness app = new AppHarness();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage, temp, workspace -> {
            try {
                CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
                Campaign c = sample.campaign();
                new CampaignStore(workspace).importCampaign(new CampaignData(
                        new Campaign("made-up-long-title", LONG_TITLE, c.language(), c.targetState(), c.coalition()),
                        sample.letter(), sample.recipients(), sample.signatories(), sample.resolutions(),
                        sample.sponsorships(), sample.sources(), sample.evidence(), sample.otherLetters(), sample.votes()));
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aLongCampaignTitleEndsInAnEllipsisAndItsTooltipHasItWhole(FxRobot robot) {
        app.waitForPreview();

        TreeCell<?> row = rows(robot).stream().filter(r -> LONG_TITLE.equals(r.getItem())).findFirst().orElseThrow();
        String shown = ((Text) row.lookup(".text")).getText();

        assertThat(row.getTooltip().getText()).isEqualTo(LONG_TITLE);
        assertThat(shown).endsWith(row.getEllipsisString());
        assertThat(LONG_TITLE).startsWith(shown.substring(0, shown.length() - row.getEllipsisString().length()));
        assertThat(shown.length()).isLessThan(LONG_TITLE.length());
    }

    @Test
    void everyRowFitsTheNavigatorWithoutAHorizontalScrollBarAtAnyWindowWidth(FxRobot robot) {
        app.waitForPreview();
        assertRowsFit(robot);

        robot.interact(() -> stage.setWidth(640));
        WaitForAsyncUtils.waitForFxEvents();
        assertRowsFit(robot);
    }

    @Test
    void clickingAScreensRowOpensTheScreen(FxRobot robot) {
        app.waitForPreview();

        click(robot, "#nav-timeline");
        waitUntilShowing(robot, "#timeline-screen");
        click(robot, "#nav-recipients");
        waitUntilShowing(robot, "#recipients-screen");

        assertThat(robot.lookup("#timeline-screen").tryQuery()).isEmpty();
    }

    @Test
    void theScreensRowsComeFromTheScreensAndAnotherCampaignOpensFromItsRow(FxRobot robot) {
        app.waitForPreview();
        List<String> screenRows = app.campaign().screens().stream().map(s -> "nav-" + s.id()).toList();
        assertThat(screenRows).startsWith("nav-letter", "nav-recipients", "nav-signatories", "nav-evidence", "nav-timeline")
                .contains("nav-delivery", "nav-settings").doesNotHaveDuplicates();
        assertThat(rows(robot)).extracting(TreeCell::getId).containsAll(screenRows);

        TreeCell<?> other = rows(robot).stream().filter(r -> LONG_TITLE.equals(r.getItem())).findFirst().orElseThrow();
        robot.interact(() -> select(other));

        AppHarness.waitUntil("the other campaign open", () -> app.window.campaign().isPresent()
                && app.campaign().session().campaignId().equals("made-up-long-title"));
        waitUntilShowing(robot, "#letter-screen");
        assertThat(stage.getTitle()).isEqualTo("Appeal \u2014 " + LONG_TITLE);
    }

    private static <T> void select(TreeCell<T> cell) {
        cell.getTreeView().getSelectionModel().select(cell.getTreeItem());
    }

    private void assertRowsFit(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#navigator").queryAs(TreeView.class);
        List<TreeCell<?>> rows = rows(robot);
        assertThat(rows).as("the two campaigns and the open campaign's screens").hasSize(2 + app.campaign().screens().size());
        for (TreeCell<?> row : rows) {
            Bounds inTree = tree.sceneToLocal(row.localToScene(row.getLayoutBounds()));
            assertThat(inTree.getMaxX()).as("right edge of row '%s'", row.getItem()).isLessThanOrEqualTo(tree.getWidth());
        }
        assertThat(tree.lookupAll(".scroll-bar")).filteredOn(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()).isEmpty();
    }

    private static List<TreeCell<?>> rows(FxRobot robot) {
        return robot.lookup("#navigator").query().lookupAll(".tree-cell").stream()
                .<TreeCell<?>>map(n -> (TreeCell<?>) n).filter(c -> c.getItem() != null).toList();
    }
}
