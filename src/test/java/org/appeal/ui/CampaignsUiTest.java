package org.appeal.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.appeal.app.BundleLoader;
import org.appeal.app.NewCampaign;
import org.appeal.app.OpenWorkspace;
import org.appeal.compose.Problem;
import org.appeal.domain.CampaignData;
import org.appeal.store.db.DraftHistory;
import org.appeal.ui.common.FxDialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.settings.CampaignSettingsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.appeal.ui.AppHarness.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns in the window: File → New campaign, the campaign settings screen with Edit → Undo,
 * archive, View → Show archived with Restore, delete. The second campaign's title is made up.
 */
@ExtendWith(ApplicationExtension.class)
class CampaignsUiTest {
    private static final String SAMPLE = "rok-unga80-dprk-2025";
    /** Its id sorts after the sample's, so the window opens the sample first. */
    private static final String SECOND = "Second made-up campaign";

    @TempDir
    Path temp;

    private final AppHarness app = new AppHarness();
    /** Every line the status bar showed: the preview's news may replace a line at once. */
    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage, temp, workspace -> OpenWorkspace.of(workspace, BundleLoader.STANDARD).create(new NewCampaign(
                SECOND, "en", "", "", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5), "letter.html.vm")));
        ((Labeled) stage.getScene().lookup("#status")).textProperty().addListener((o, was, now) -> statuses.add(now));
    }

    /** Waits until the status bar has said something starting with {@code start}. */
    private void said(String start) {
        waitUntil("the status bar said " + start, () -> statuses.stream().anyMatch(s -> s.startsWith(start)));
    }

    @AfterEach
    void close() {
        app.close();
    }

    /**
     * Opens a menu of the menu bar and chooses one of its items, both by id (#menu-file, #menu-quit).
     * The mouse goes straight down into the open menu first: a slanting path from the menu's name to
     * an item near the top crosses the next name (Edit), which opens that menu instead.
     */
    static void menu(FxRobot robot, String menu, String item) {
        click(robot, menu);
        waitUntilShowing(robot, item);
        javafx.geometry.Bounds name = robot.lookup(menu).query().localToScreen(robot.lookup(menu).query().getLayoutBounds());
        Node target = robot.lookup(item).match(AppHarness::showing).query();
        javafx.geometry.Bounds row = target.localToScreen(target.getLayoutBounds());
        robot.moveTo(new javafx.geometry.Point2D(name.getCenterX(), row.getCenterY()));
        click(robot, target);
    }

    private void openCampaign(String id) {
        waitUntil("campaign " + id + " open", () -> app.window.campaign().isPresent()
                && app.campaign().session().campaignId().equals(id));
    }

    private static void type(FxRobot robot, String id, String text) {
        Node node = robot.lookup(id).query();
        TextField field = node instanceof DatePicker picker ? picker.getEditor() : (TextField) node;
        click(robot, field);
        robot.interact(field::clear);
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return (ComboBox<T>) robot.lookup(id).query();
    }

    private static List<TreeCell<?>> rows(FxRobot robot) {
        return robot.lookup("#navigator").query().lookupAll(".tree-cell").stream()
                .<TreeCell<?>>map(n -> (TreeCell<?>) n).filter(c -> c.getItem() != null).toList();
    }

    @Test
    void ctrlNMakesAnEmptyCampaignFromAShortFormAndOpensItsLetter(FxRobot robot) {
        app.waitForPreview();
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        waitUntilShowing(robot, "#newCampaignTitle");
        Node ok = robot.lookup("#newCampaignOk").query();
        assertThat(ok.isDisabled()).as("no title yet").isTrue();
        assertThat(robot.lookup("#newCampaignFindings").queryLabeled().getText()).contains("A campaign needs a title.");

        type(robot, "#newCampaignTitle", "2026 Made-up Appeal");
        robot.interact(() -> CampaignsUiTest.<String>combo(robot, "#newCampaignLanguage").setValue("ko"));
        type(robot, "#newCampaignTargetState", "Made-up Republic");
        type(robot, "#newCampaignDate", "05/03/2026");
        waitUntil("an ambiguous date blocks", () -> ok.isDisabled()
                && robot.lookup("#newCampaignDateProblem").queryLabeled().getText().contains("Appeal does not guess"));
        type(robot, "#newCampaignDate", "2026-03-05");
        type(robot, "#newCampaignAsOf", "1 March 2026");
        waitUntil("the form is complete", () -> !ok.isDisabled());
        click(robot, "#newCampaignOk");

        openCampaign("2026-made-up-appeal");
        waitUntilShowing(robot, "#letter-screen");
        CampaignData made = app.campaign().session().data();
        assertThat(made.campaign().title()).isEqualTo("2026 Made-up Appeal");
        assertThat(made.campaign().language()).isEqualTo("ko");
        assertThat(made.campaign().targetState()).isEqualTo("Made-up Republic");
        assertThat(made.letter().date()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(made.letter().signatoriesAsOf()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(made.letter().body()).isEmpty();
        assertThat(made.recipients()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Appeal \u2014 2026 Made-up Appeal");
        said("Created \"2026 Made-up Appeal\"");
        waitUntil("the preview says what is missing", () -> app.preview().problems().stream()
                .anyMatch(p -> p.isBlocking() && p.message().contains("no TO recipient")));
        assertThat(rows(robot)).extracting(r -> String.valueOf(r.getItem())).contains("2026 Made-up Appeal", SECOND);
    }

    @Test
    void theSettingsScreenSavesEachChangeAndEditUndoTakesItBack(FxRobot robot) {
        app.waitForPreview();
        app.show(robot, "settings");
        CampaignSettingsViewModel model = app.screen("settings", CampaignSettingsViewModel.class);

        type(robot, "#settingsTitle", "Renamed in the window");
        robot.type(KeyCode.ENTER);
        waitUntil("renamed", () -> app.campaign().session().data().campaign().title().equals("Renamed in the window"));
        waitUntil("the navigator follows", () -> rows(robot).stream().anyMatch(r -> "Renamed in the window".equals(r.getItem())));
        assertThat(stage.getTitle()).isEqualTo("Appeal \u2014 Renamed in the window");
        assertThat(app.campaign().session().campaignId()).as("the id stays").isEqualTo(SAMPLE);

        robot.interact(() -> ((ListView<?>) robot.lookup("#settingsLetters").query()).getSelectionModel().select(0));
        robot.interact(() -> CampaignsUiTest.<String>combo(robot, "#letterLayout").setValue("briefing.html.vm"));
        waitUntil("layout saved", () -> app.campaign().session().data().letter().templateName().equals("briefing.html.vm"));
        waitUntil("the letter screen follows", () -> app.letter().templateProperty().get().equals("briefing.html.vm"));
        assertThat(app.letter().dirtyProperty().get()).as("a setting is no unsaved edit of the text").isFalse();

        menu(robot, "#menu-edit", "#menu-undo");
        waitUntil("layout undone", () -> app.campaign().session().data().letter().templateName().equals("letter.html.vm"));
        menu(robot, "#menu-edit", "#menu-undo");
        waitUntil("title undone", () -> app.campaign().session().data().campaign().title().startsWith("2025 North Korean"));
        assertThat(robot.lookup("#settingsTitle").queryTextInputControl().getText()).startsWith("2025 North Korean");
        menu(robot, "#menu-edit", "#menu-redo");
        waitUntil("title redone", () -> app.campaign().session().data().campaign().title().equals("Renamed in the window"));

        click(robot, "#addLetter");
        click(robot, "#letterName");  // so that typing goes to the dialog, not the window behind it
        robot.write("Note Two");
        Node ok = robot.lookup("#letterNameOk").query();
        waitUntil(() -> ok.isDisabled() && robot.lookup("#letterNameProblem").queryLabeled().getText().contains("lower-case"));
        robot.interact(() -> robot.lookup("#letterName").queryTextInputControl().clear());
        click(robot, "#letterName");
        robot.write("note-ko");
        waitUntil(() -> !ok.isDisabled());
        click(robot, "#letterNameOk");
        waitUntil("letter added", () -> model.letters().stream().anyMatch(r -> r.name().equals("note-ko")));
        assertThat(app.campaign().session().data().otherLetters()).extracting(l -> l.name()).containsExactly("briefing", "letter-ko", "note-ko");
    }

    @Test
    void anArchivedCampaignLeavesTheListComesBackWithShowArchivedAndIsRestoredThere(FxRobot robot) {
        app.waitForPreview();

        menu(robot, "#menu-file", "#menu-archiveCampaign");
        waitUntil("the other campaign opens", () -> app.window.campaign().isPresent()
                && !app.campaign().session().campaignId().equals(SAMPLE));
        waitUntil(() -> rows(robot).stream().noneMatch(r -> String.valueOf(r.getItem()).startsWith("2025 North Korean")));
        said("Archived \"2025 North Korean");

        menu(robot, "#menu-view", "#menu-showArchived");
        TreeCell<?> archived = waitForRow(robot, "(archived)");
        assertThat(archived.getStyleClass()).contains("archived-campaign");
        click(robot, archived);  // first click selects; the menu opens on a right click
        openCampaign(SAMPLE);
        waitUntilShowing(robot, "#letter-screen");
        TreeCell<?> again = waitForRow(robot, "(archived)");
        // Its row's menu offers Restore (headless Monocle opens no context menus, so the test checks it is
        // there and restores through File, which offers Restore for an archived campaign that is open).
        assertThat(again.getContextMenu().getItems()).extracting(javafx.scene.control.MenuItem::getId).containsExactly("restoreCampaign");
        menu(robot, "#menu-file", "#menu-restoreCampaign");
        said("Restored \"2025 North Korean");
        waitUntil(() -> rows(robot).stream().anyMatch(r -> String.valueOf(r.getItem()).startsWith("2025 North Korean")
                && !String.valueOf(r.getItem()).endsWith("(archived)")));
        openCampaign(SAMPLE);
    }

    private static TreeCell<?> waitForRow(FxRobot robot, String ending) {
        waitUntil("a row ending in " + ending, () -> rows(robot).stream().anyMatch(r -> String.valueOf(r.getItem()).endsWith(ending)));
        return rows(robot).stream().filter(r -> String.valueOf(r.getItem()).endsWith(ending)).findFirst().orElseThrow();
    }

    @Test
    void deletingACampaignWithSavedVersionsAsksForItsTitle(FxRobot robot) {
        app.waitForPreview();
        robot.interact(() -> app.campaign().letter().save());
        Path db = temp.resolve("workspace.db");
        said("Saved as version");

        menu(robot, "#menu-file", "#menu-deleteCampaign");
        waitUntilShowing(robot, "#deleteConfirmTitle");
        assertThat(robot.lookup("#deleteImpact").queryLabeled().getText()).contains("1 saved versions of the letter")
                .contains("4 recipients");
        Node ok = robot.lookup("#deleteOk").query();
        assertThat(ok.isDisabled()).isTrue();
        robot.write("2025 North Korean");
        assertThat(ok.isDisabled()).as("only the whole title").isTrue();
        robot.interact(() -> robot.lookup("#deleteConfirmTitle").queryTextInputControl()
                .setText(app.campaign().session().data().campaign().title()));
        waitUntil(() -> !ok.isDisabled());
        click(robot, "#deleteOk");

        waitUntil("the other campaign opens", () -> app.window.campaign().isPresent()
                && !app.campaign().session().campaignId().equals(SAMPLE));
        assertThat(rows(robot)).extracting(r -> String.valueOf(r.getItem())).noneMatch(t -> t.startsWith("2025 North Korean"));
        assertThat(new DraftHistory(app.campaign().session().workspace()).versions(SAMPLE)).isEmpty();
        assertThat(db).exists();
    }

    @Test
    void problemsOfAnEmptyCampaignAreListedNotThrown(FxRobot robot) {
        app.waitForPreview();
        TreeCell<?> second = rows(robot).stream().filter(r -> SECOND.equals(r.getItem())).findFirst().orElseThrow();
        click(robot, second);
        waitUntil(() -> app.window.campaign().isPresent() && app.campaign().session().data().campaign().title().equals(SECOND));
        waitUntil(() -> !app.preview().problems().isEmpty());
        assertThat(app.preview().problems()).extracting(Problem::message).contains("the letter has no TO recipient");
    }

    @Test
    void aCopyHoldsThePartsChosenAndTheSettingsAndLeavesTheOriginalAsItWas(FxRobot robot) {
        app.waitForPreview();
        CampaignData original = app.campaign().session().data();
        menu(robot, "#menu-file", "#menu-copyCampaign");
        waitUntilShowing(robot, "#copyTitle");
        assertThat(CampaignsUiTest.<org.appeal.domain.Campaign>combo(robot, "#copySource").getValue().id())
                .as("the campaign open is the one offered").isEqualTo(SAMPLE);
        assertThat(robot.lookup("#copyTitle").queryTextInputControl().getText()).endsWith("(copy)");
        // The usual copy is next year's letter to the same people: text, recipients, signatories ticked.
        assertThat(box(robot, "#copyLetterText").isSelected()).isTrue();
        assertThat(box(robot, "#copyRecipients").isSelected()).isTrue();
        assertThat(box(robot, "#copySignatories").isSelected()).isTrue();
        assertThat(box(robot, "#copySourcesAndEvidence").isSelected()).isFalse();
        assertThat(box(robot, "#copyHistory").isSelected()).isFalse();

        click(robot, "#copySignatories");
        click(robot, "#copySourcesAndEvidence");
        robot.interact(() -> robot.lookup("#copyTitle").queryTextInputControl().clear());
        assertThat(robot.lookup("#copyOk").query().isDisabled()).as("a copy needs a title").isTrue();
        click(robot, "#copyTitle");
        robot.write("2026 Made-up follow-up");
        click(robot, "#copyOk");

        openCampaign("2026-made-up-follow-up");
        said("Copied as \"2026 Made-up follow-up\"");
        CampaignData copy = app.campaign().session().data();
        assertThat(copy.campaign().title()).isEqualTo("2026 Made-up follow-up");
        assertThat(copy.campaign().language()).isEqualTo(original.campaign().language());
        assertThat(copy.campaign().targetState()).isEqualTo(original.campaign().targetState());
        assertThat(copy.letter().body()).isEqualTo(original.letter().body()).isNotEmpty();
        assertThat(copy.letter().templateName()).isEqualTo(original.letter().templateName());
        assertThat(copy.recipients()).extracting(r -> r.name()).containsExactlyElementsOf(
                original.recipients().stream().map(r -> r.name()).toList());
        assertThat(copy.signatories().all()).as("signatories were not ticked").isEmpty();
        assertThat(copy.sources()).hasSameSizeAs(original.sources()).isNotEmpty();
        assertThat(copy.evidence()).hasSameSizeAs(original.evidence()).isNotEmpty();
        assertThat(copy.resolutions()).as("history was not ticked").isEmpty();
        assertThat(copy.votes()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Appeal \u2014 2026 Made-up follow-up");
        assertThat(rows(robot)).extracting(r -> String.valueOf(r.getItem()))
                .contains("2026 Made-up follow-up", original.campaign().title());

        CampaignData after = OpenWorkspace.of(app.campaign().session().workspace(), BundleLoader.STANDARD)
                .openCampaign(SAMPLE).data();
        assertThat(after.signatories().all()).hasSameSizeAs(original.signatories().all());
        assertThat(after.resolutions()).hasSameSizeAs(original.resolutions()).isNotEmpty();
    }

    private static javafx.scene.control.CheckBox box(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.CheckBox.class);
    }

    @Test
    void renamingKeepsTheIdAndTheSettingsScreenUndoesIt(FxRobot robot) {
        app.waitForPreview();
        String was = app.campaign().session().data().campaign().title();
        menu(robot, "#menu-file", "#menu-renameCampaign");
        waitUntilShowing(robot, "#renameTitle");
        Node ok = robot.lookup("#renameOk").query();
        assertThat(robot.lookup("#renameTitle").queryTextInputControl().getText()).isEqualTo(was);
        assertThat(ok.isDisabled()).as("the same title is no rename").isTrue();
        robot.interact(() -> robot.lookup("#renameTitle").queryTextInputControl().clear());
        assertThat(ok.isDisabled()).as("nor is no title").isTrue();
        click(robot, "#renameTitle");
        robot.write("2025 Made-up new title");
        waitUntil(() -> !ok.isDisabled());
        click(robot, "#renameOk");

        waitUntil("renamed", () -> app.campaign().session().data().campaign().title().equals("2025 Made-up new title"));
        assertThat(app.campaign().session().campaignId()).as("the id, used in file names, stays").isEqualTo(SAMPLE);
        waitUntil("the window's title follows", () -> stage.getTitle().equals("Appeal \u2014 2025 Made-up new title"));
        waitUntil("the navigator follows", () -> rows(robot).stream().anyMatch(r -> "2025 Made-up new title".equals(r.getItem())));
        assertThat(OpenWorkspace.of(app.campaign().session().workspace(), BundleLoader.STANDARD).campaigns())
                .as("saved in the workspace").anyMatch(c -> c.id().equals(SAMPLE) && c.title().equals("2025 Made-up new title"));

        app.show(robot, "settings");
        assertThat(robot.lookup("#settingsTitle").queryTextInputControl().getText()).isEqualTo("2025 Made-up new title");
        menu(robot, "#menu-edit", "#menu-undo");
        waitUntil("undone", () -> app.campaign().session().data().campaign().title().equals(was));
        waitUntil(() -> stage.getTitle().equals("Appeal \u2014 " + was));
    }

    /** The real Save / Don't save / Cancel dialog, clicked by its buttons' ids. */
    private void askWithTheRealDialog() {
        app.dialogs.askToSaveWith = new FxDialogService(() -> stage, new Messages(Locale.ENGLISH));
    }

    private void editTheSubject(FxRobot robot) {
        click(robot, "#subject");
        robot.type(KeyCode.END);
        robot.write(" (made-up edit)");
        waitUntil("the letter has unsaved changes", () -> app.campaign().letter().unsaved());
    }

    @Test
    void quittingWithUnsavedChangesOffersCancelThenDontSaveWhichLeavesNoRecoveryCopy(FxRobot robot) {
        app.waitForPreview();
        askWithTheRealDialog();
        editTheSubject(robot);
        robot.interact(() -> app.letter().keepForRecoveryNow());
        assertThat(app.campaign().session().recovery()).as("what a crash would leave").isPresent();

        menu(robot, "#menu-file", "#menu-quit");
        waitUntilShowing(robot, "#quitCancel");
        assertThat(robot.lookup("#dialog-save").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("not saved");
        click(robot, "#quitCancel");
        waitUntil("the window stays", () -> stage.isShowing() && robot.lookup("#quitCancel").tryQuery().isEmpty());
        assertThat(app.campaign().letter().unsaved()).as("and so does the edit").isTrue();
        assertThat(robot.lookup("#subject").queryTextInputControl().getText()).endsWith("(made-up edit)");

        menu(robot, "#menu-file", "#menu-quit");
        click(robot, "#quitDontSave");
        waitUntil("the window closed", () -> !stage.isShowing());
        app.dialogs.askToSaveWith = null;
        assertThat(new DraftHistory(app.campaign().session().workspace()).versions(SAMPLE)).as("nothing saved").isEmpty();
        assertThat(app.campaign().session().recovery()).as("a quit asked for is no crash at the next start").isEmpty();
    }

    @Test
    void quittingWithSaveKeepsTheEditAsANumberedVersion(FxRobot robot) {
        app.waitForPreview();
        askWithTheRealDialog();
        editTheSubject(robot);
        menu(robot, "#menu-file", "#menu-quit");
        click(robot, "#quitSave");
        waitUntil("the window closed", () -> !stage.isShowing());
        app.dialogs.askToSaveWith = null;
        List<org.appeal.store.db.DraftVersion> versions = new DraftHistory(app.campaign().session().workspace()).versions(SAMPLE);
        assertThat(versions).hasSize(1);
        assertThat(new DraftHistory(app.campaign().session().workspace()).draft(SAMPLE, versions.get(0).number()).subject())
                .endsWith("(made-up edit)");
        assertThat(app.campaign().session().recovery()).isEmpty();
    }
}
