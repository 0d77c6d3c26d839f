package org.appeal.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;
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
import java.util.List;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Removing and reordering signatories and recipients in the window, by the buttons' ids and by the
 * keyboard, checked in the letter's preview and in the workspace as another program would read it.
 */
@ExtendWith(ApplicationExtension.class)
class PeopleOrderUiTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";

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
    void signatoriesAreMovedByButtonAndKeyboardAndRemoved(FxRobot robot) {
        app.waitForPreview();
        app.show(robot, "signatories");
        TableView<Signatory> table = robot.lookup("#signatories").queryTableView();
        assertThat(html()).containsSubsequence("Centro para la Apertura", "Christian Solidarity Worldwide");

        robot.interact(() -> table.getSelectionModel().select(index(table, "csw")));
        click(robot, "#moveSignatoryUp");
        waitUntil("CSW printed first", () -> html().indexOf("Christian Solidarity Worldwide") < html().indexOf("Centro para la Apertura"));
        waitUntil("CSW still selected", () -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id().equals("csw"));

        // Alt+Down with the table focused puts it back below CADAL.
        robot.interact(table::requestFocus);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil("CSW moved back by the keyboard", () -> html().indexOf("Christian Solidarity Worldwide") > html().indexOf("Centro para la Apertura"));

        robot.interact(() -> table.getSelectionModel().select(index(table, "fka")));
        click(robot, "#removeSignatory");
        waitUntil("FKA no longer printed", () -> !html().contains("Free Korea Association"));
        assertThat(robot.lookup("#signatoriesNotice").queryAs(Labeled.class).getText()).contains("Free Korea Association");
        assertThat(app.dialogs.shown).filteredOn(s -> s.kind().equals("confirm")).hasSize(1);

        List<String> saved = saved().signatories().all().stream()
                .sorted(java.util.Comparator.comparingInt(Signatory::position)).map(Signatory::id).toList();
        assertThat(saved).startsWith("cadal", "csw", "nkhr").doesNotContain("fka");
    }

    @Test
    void aSignatoryASavedVersionPrintedIsWithdrawnInsteadAndTheScreenSaysSo(FxRobot robot) {
        app.waitForPreview();
        // What File → Save does: the saved version records who it printed.
        robot.interact(() -> app.campaign().session().saveLetter(app.campaign().session().data().letter()));
        app.show(robot, "signatories");
        TableView<Signatory> table = robot.lookup("#signatories").queryTableView();
        robot.interact(() -> robot.lookup("#onlyInLetter").queryAs(javafx.scene.control.CheckBox.class).setSelected(false));

        robot.interact(() -> table.getSelectionModel().select(index(table, "csw")));
        click(robot, "#removeSignatory");

        waitUntil("the screen says it was withdrawn instead", () -> robot.lookup("#signatoriesNotice").queryAs(Labeled.class)
                .getText().startsWith("Christian Solidarity Worldwide was printed in a saved or exported version"));
        assertThat(saved().signatories().all()).filteredOn(s -> s.id().equals("csw")).singleElement()
                .satisfies(s -> assertThat(s.withdrawnOn()).isEqualTo(java.time.LocalDate.now()));
        assertThat(table.getItems()).extracting(Signatory::id).contains("csw");
    }

    @Test
    void recipientsAreMovedByButtonAndKeyboardAndRemoved(FxRobot robot) {
        app.waitForPreview();
        app.show(robot, "recipients");
        TableView<Recipient> table = robot.lookup("#recipients").queryTableView();
        assertThat(html()).containsSubsequence("Kim Min-seok", "Cho Hyun", "Chung Dong-young");

        robot.interact(() -> table.getSelectionModel().select(2));
        click(robot, "#moveRecipientUp");
        waitUntil("Cho Hyun copied first", () -> html().indexOf("Cho Hyun") < html().indexOf("Kim Min-seok"));

        robot.interact(table::requestFocus);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil("Cho Hyun moved to the end by the keyboard", () -> html().indexOf("Cho Hyun") > html().indexOf("Chung Dong-young"));

        robot.interact(() -> table.getSelectionModel().select(index(table, "unification-minister")));
        click(robot, "#removeRecipient");
        waitUntil("Chung Dong-young no longer copied", () -> !html().contains("Chung Dong-young"));

        assertThat(saved().recipients()).extracting(Recipient::id)
                .containsExactly("president", "prime-minister", "foreign-minister");
        assertThat(table.getItems()).extracting(Recipient::id)
                .containsExactly("president", "prime-minister", "foreign-minister");
    }

    private String html() {
        return app.preview().lastGoodLetter().map(l -> l.html()).orElse("");
    }

    private static <T> int index(TableView<T> table, String id) {
        for (int i = 0; i < table.getItems().size(); i++) {
            T item = table.getItems().get(i);
            String itemId = item instanceof Signatory s ? s.id() : ((Recipient) item).id();
            if (itemId.equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no row " + id);
    }

    /** The campaign as the workspace file holds it, read through a second connection. */
    private CampaignData saved() {
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("workspace.db")));
        return new CampaignStore(workspace).load(CAMPAIGN);
    }
}
