package org.appeal.ui;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.appeal.domain.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class RecipientsUiTest {
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

    private static void waitForDialog(FxRobot robot) {
        waitUntil(() -> robot.lookup("#recipientOk").tryQuery().isPresent());
    }

    @Test
    void aNameIsRequiredAndAnOddEmailIsKeptExactlyAsTyped(FxRobot robot) {
        app.waitForPreview();
        app.show(robot, "recipients");
        TableView<Recipient> table = robot.lookup("#recipients").queryTableView();
        assertThat(table.getItems()).hasSize(4);

        click(robot, "#addRecipient");
        waitForDialog(robot);
        Node ok = robot.lookup("#recipientOk").query();
        assertThat(ok.isDisabled()).as("OK without a name").isTrue();

        click(robot, "#recipientName").write("Ahn Example");
        click(robot, "#recipientTitle").write("Minister of Examples");
        click(robot, "#recipientFax").write("fax me");
        click(robot, "#recipientEmail").write("ministry.example");
        assertThat(ok.isDisabled()).as("odd e-mail and fax only warn").isFalse();
        waitUntil(() -> robot.lookup("#recipientEmail").query().getStyleClass().contains("odd-field")
                && robot.lookup("#recipientFax").query().getStyleClass().contains("odd-field"));
        assertThat(robot.lookup("#recipientName").query().getStyleClass()).doesNotContain("invalid-field");
        click(robot, "#recipientOk");

        waitUntil(() -> table.getItems().size() == 5);
        Recipient added = table.getItems().stream().filter(r -> r.name().equals("Ahn Example")).findFirst().orElseThrow();
        assertThat(added.email()).isEqualTo("ministry.example");
        assertThat(added.fax()).isEqualTo("fax me");
        assertThat(added.id()).isEqualTo("ahn-example");
        assertThat(added.role()).isEqualTo(Recipient.Role.CC);
        waitUntil(() -> app.letter().recipients().contains(added));
    }

    @Test
    void editingKeepsTheSeedsOwnEmail(FxRobot robot) {
        app.waitForPreview();
        app.show(robot, "recipients");
        TableView<Recipient> table = robot.lookup("#recipients").queryTableView();

        robot.interact(() -> table.getSelectionModel().select(0));
        click(robot, "#editRecipient");
        waitForDialog(robot);
        click(robot, "#recipientOffice").write("Office of the President");
        click(robot, "#recipientOk");
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> table.getItems().get(0).office().equals("Office of the President"));
        assertThat(table.getItems().get(0).email()).isEqualTo("president.go.kr");
    }

    @Test
    void clearingTheNameBlocksOk(FxRobot robot) {
        app.waitForPreview();
        app.show(robot, "recipients");
        TableView<Recipient> table = robot.lookup("#recipients").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(1));
        click(robot, "#editRecipient");
        waitForDialog(robot);

        robot.interact(() -> robot.lookup("#recipientName").queryTextInputControl().clear());

        assertThat(robot.lookup("#recipientOk").query().isDisabled()).isTrue();
        click(robot, "Cancel");
        assertThat(table.getItems().get(1).name()).isEqualTo("Kim Min-seok");
    }
}
