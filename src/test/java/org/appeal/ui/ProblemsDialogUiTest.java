package org.appeal.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import org.appeal.ui.common.ListedProblem;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.ProblemWording;
import org.appeal.ui.common.ProblemsDialog;
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
import java.util.stream.Collectors;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The real problems dialog on a made-up broken bundle: every problem listed, resizable, copyable. */
@ExtendWith(ApplicationExtension.class)
class ProblemsDialogUiTest {
    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void everyProblemIsListedInAResizableWindowAndCopiedWhole(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("recipients.csv"), "id,role,name\nalpha,BCC,Alpha Example\n");
        BundleException e = catchThrowableOfType(BundleException.class, () -> new BundleReader().read(dir));
        Messages messages = new Messages(Locale.ENGLISH);
        ProblemWording wording = new ProblemWording(messages);
        List<ListedProblem> problems = e.problems().stream().map(wording::of).toList();

        Platform.runLater(() -> new ProblemsDialog(messages, stage).show("The campaign could not be imported",
                "Nothing was imported.", problems));
        waitUntil("dialog open", () -> robot.lookup("#problemsList").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        ListView<ListedProblem> list = robot.lookup("#problemsList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(3).containsExactlyElementsOf(problems);
        assertThat(robot.lookup("#problemsCount").queryLabeled().getText()).contains("3");
        Stage dialog = (Stage) list.getScene().getWindow();
        assertThat(dialog.isResizable()).isTrue();

        click(robot, "#problemsCopy");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(problems.stream().map(ListedProblem::text).collect(Collectors.joining("\n")) + "\n")
                .contains("The file campaign.yaml is missing from the folder.", "recipients.csv, line 2");

        click(robot, "#problemsClose");
        waitUntil("dialog closed", () -> robot.lookup("#problemsList").tryQuery().isEmpty());
    }
}
