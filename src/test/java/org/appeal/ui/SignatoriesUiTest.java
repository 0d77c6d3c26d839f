package org.appeal.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.appeal.domain.Signatory;
import org.appeal.ui.signatories.SignatoriesViewModel;
import org.appeal.store.db.SignatoryRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SignatoriesUiTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";

    @TempDir
    Path temp;

    private final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) {
        // A made-up second record for Human Rights Watch, as a sign-on sheet might add it.
        app.start(stage, temp, workspace -> workspace.inTransaction(work -> new SignatoryRepository(work).save(CAMPAIGN,
                new Signatory("hrw-2", Signatory.Kind.ORGANISATION, 23, "HRW", "", "", "United States",
                        LocalDate.of(2025, 7, 1), null), 0)));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void openSignatories(FxRobot robot) {
        app.waitForPreview();
        app.show(robot, "signatories");
    }

    @Test
    void theImportWizardShowsABadRowAndSkipsItOnRequest(FxRobot robot) {
        openSignatories(robot);
        app.dialogs.openFile = Path.of("src/test/resources/signon/24-skip-bad-rows.csv").toAbsolutePath();
        int before = app.screen("signatories", SignatoriesViewModel.class).all().size();

        click(robot, "#importSheet");
        waitUntil(() -> robot.lookup("#importChoose").tryQuery().isPresent());
        click(robot, "#importChoose");

        ListView<String> rejected = robot.lookup("#importRejected").queryListView();
        waitUntil(() -> !rejected.getItems().isEmpty());
        assertThat(rejected.getItems()).singleElement().satisfies(r -> assertThat(r).contains("row 2 (line 3)"));
        assertThat(robot.lookup("#importApply").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#importVerdict").queryLabeled().getText()).contains("1 row has problems");

        click(robot, "#importSkipBadRows");
        waitUntil(() -> !robot.lookup("#importApply").query().isDisabled());
        assertThat(robot.lookup("#importAdded").queryListView().getItems()).hasSize(2);
        click(robot, "#importApply");

        waitUntil(() -> app.screen("signatories", SignatoriesViewModel.class).all().size() == before + 2);
        assertThat(app.screen("signatories", SignatoriesViewModel.class).all()).extracting(Signatory::name)
                .contains("Skip Good One", "Skip Good Two").doesNotContain("Skip Bad");
    }

    @Test
    void mergingASuggestedDuplicateKeepsTheChosenRecord(FxRobot robot) {
        openSignatories(robot);
        waitUntil(() -> !app.screen("signatories", SignatoriesViewModel.class).suggestions().isEmpty());

        click(robot, "#showDuplicates");
        waitUntil(() -> robot.lookup("#keep-hrw").tryQuery().isPresent());
        click(robot, "#keep-hrw");

        waitUntil(() -> app.screen("signatories", SignatoriesViewModel.class).all().stream().noneMatch(s -> s.id().equals("hrw-2")));
        Signatory hrw = app.screen("signatories", SignatoriesViewModel.class).all().stream().filter(s -> s.id().equals("hrw")).findFirst().orElseThrow();
        assertThat(hrw.name()).isEqualTo("Human Rights Watch");
        assertThat(hrw.country()).isEqualTo("United States");
        assertThat(hrw.signedOn()).as("the sample's unknown date counts as signed from the start").isNull();
        assertThat(app.screen("signatories", SignatoriesViewModel.class).suggestions()).isEmpty();
        click(robot, "Close");
    }

    @Test
    void withdrawingASignatoryRemovesThemFromThePreviewAndKeepsTheRecord(FxRobot robot) {
        openSignatories(robot);
        assertThat(app.preview().lastGoodLetter().orElseThrow().html()).contains("Roberta Cohen");

        robot.interact(() -> robot.lookup("#signatories").queryTableView().getSelectionModel().select(
                app.screen("signatories", SignatoriesViewModel.class).shown().stream().filter(s -> s.name().equals("Roberta Cohen")).findFirst().orElseThrow()));
        click(robot, "#withdrawSignatory");
        waitUntil(() -> robot.lookup("#withdrawOn").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#withdrawOn").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 7, 1)));
        click(robot, "#withdrawOk");

        waitUntil(() -> !app.preview().lastGoodLetter().orElseThrow().html().contains("Roberta Cohen"));
        assertThat(app.screen("signatories", SignatoriesViewModel.class).shown()).extracting(Signatory::name).doesNotContain("Roberta Cohen");
        click(robot, "#onlyInLetter");
        assertThat(robot.lookup("#onlyInLetter").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(app.screen("signatories", SignatoriesViewModel.class).shown()).filteredOn(s -> s.name().equals("Roberta Cohen")).singleElement()
                .satisfies(s -> assertThat(s.withdrawnOn()).isEqualTo(LocalDate.of(2025, 7, 1)));
    }
}
