package org.appeal.ui.delivery;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.appeal.app.delivery.EncryptedPasswordFile;
import org.appeal.app.delivery.MailAccount;
import org.appeal.app.delivery.MailPasswords;
import org.appeal.app.delivery.MailSettingsFile;
import org.appeal.domain.Delivery;
import org.appeal.domain.Recipient;
import org.appeal.store.bundle.BundleReader;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Delivery screen's four dialogs in the Korean interface: their standard buttons are Korean
 * (JavaFX's own would say "OK" and "Cancel"), the record form's day is shown the Korean way and
 * its choices turn back from their Korean labels. The clock and the dates are made up.
 */
@ExtendWith(ApplicationExtension.class)
class DeliveryDialogsInKoreanUiTest {
    /** 2025-10-31 09:30 in Seoul (made up). */
    private static final Clock SEOUL_MORNING = Clock.fixed(Instant.parse("2025-10-31T00:30:00Z"), ZoneId.of("Asia/Seoul"));

    @TempDir
    Path temp;

    private final Messages korean = new Messages(Locale.KOREAN);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void thePasswordDialogSaysHwaginAndChwiso(FxRobot robot) {
        AtomicReference<Optional<char[]>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new PasswordDialog(korean, stage).ask("kim@example.invalid")));
        waitFor(robot, "#mail-password-dialog");
        assertThat(buttons(robot, "#mail-password-dialog")).containsExactly("확인", "취소");
        press(robot, "#mail-password-dialog", "취소");
        waitUntil(() -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void theMailAccountDialogCancelsInKorean(FxRobot robot) {
        MailAccount account = new MailAccount(MailSettingsFile.besides(temp.resolve("settings.properties")),
                new MailPasswords(EncryptedPasswordFile.standard(temp, temp)));
        MailSettingsViewModel model = new MailSettingsViewModel(account, new DirectUiExecutor(), korean);
        AtomicReference<Boolean> closed = new AtomicReference<>(false);
        Platform.runLater(() -> {
            new MailSettingsDialog(model, korean, stage).show();
            closed.set(true);
        });
        waitFor(robot, "#mail-settings-dialog");
        assertThat(buttons(robot, "#mail-settings-dialog")).containsExactly(korean.get("mail.save"), "취소");
        press(robot, "#mail-settings-dialog", "취소");
        waitUntil(closed::get);
    }

    @Test
    void theRecordFormShowsItsDayTheKoreanWayAndItsChoicesTurnBackFromTheirLabels(FxRobot robot) throws Exception {
        List<Recipient> recipients = new BundleReader().read(Path.of("seeds/sample-campaign")).recipients();
        RecordDeliveryViewModel form = new RecordDeliveryViewModel(recipients.get(0), korean, SEOUL_MORNING);
        AtomicReference<Optional<RecordDeliveryViewModel.Entry>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new RecordDeliveryDialog(form, recipients, korean, stage, null).ask()));
        waitFor(robot, "#record-delivery-dialog");

        assertThat(buttons(robot, "#record-delivery-dialog")).containsExactly(korean.get("record.apply"), "취소");
        DatePicker date = robot.lookup("#recordDate").queryAs(DatePicker.class);
        assertThat(date.getEditor().getText()).isEqualTo("2025년 10월 31일");
        ChoiceBox<Delivery.Channel> channel = robot.lookup("#recordChannel").queryAs(ChoiceBox.class);
        assertThat(channel.getConverter().fromString(korean.get("delivery.channel.POST"))).isEqualTo(Delivery.Channel.POST);
        assertThat(channel.getConverter().fromString("no such channel")).isNull();
        ChoiceBox<Delivery.Status> status = robot.lookup("#recordStatus").queryAs(ChoiceBox.class);
        assertThat(status.getConverter().fromString(korean.get("delivery.status.CONFIRMED"))).isEqualTo(Delivery.Status.CONFIRMED);
        ComboBox<Recipient> recipient = robot.lookup("#recordRecipient").queryAs(ComboBox.class);
        Recipient second = recipients.get(1);
        assertThat(recipient.getConverter().fromString(recipient.getConverter().toString(second))).isEqualTo(second);

        press(robot, "#record-delivery-dialog", "취소");
        waitUntil(() -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void theStatusDialogCancelsInKorean(FxRobot robot) {
        // Made up: a fax sent to the sample's prime minister.
        Delivery fax = new Delivery("d-1", "prime-minister", "main", 1, Delivery.Channel.FAX, Delivery.Status.SENT,
                Instant.parse("2025-10-31T00:30:00Z"), "kim", "+82 2 0000 0000", "FAX-1", "", "0".repeat(64));
        AtomicReference<Optional<?>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new ChangeStatusDialog(korean, stage).ask(fax, "국무총리")));
        waitFor(robot, "#delivery-status-dialog");
        assertThat(buttons(robot, "#delivery-status-dialog")).containsExactly(korean.get("deliveryStatus.apply"), "취소");
        press(robot, "#delivery-status-dialog", "취소");
        waitUntil(() -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void aDeliveryTablesTimeIsTheKoreanDayThenTheTime() {
        assertThat(DeliveryTables.when(Instant.parse("2025-10-31T05:05:00Z"), ZoneId.of("Asia/Seoul"), korean))
                .isEqualTo("2025년 10월 31일 14:05");
        assertThat(DeliveryTables.when(Instant.parse("2025-10-31T05:05:00Z"), ZoneId.of("Asia/Seoul"),
                new Messages(Locale.ENGLISH))).isEqualTo("31 Oct 2025 14:05");
    }

    private static List<String> buttons(FxRobot robot, String pane) {
        DialogPane dialog = robot.lookup(pane).queryAs(DialogPane.class);
        return dialog.getButtonTypes().stream().map(b -> ((Labeled) dialog.lookupButton(b)).getText()).toList();
    }

    private static void press(FxRobot robot, String pane, String text) {
        DialogPane dialog = robot.lookup(pane).queryAs(DialogPane.class);
        Node button = dialog.getButtonTypes().stream().map(dialog::lookupButton)
                .filter(b -> ((Button) b).getText().equals(text)).findFirst().orElseThrow();
        robot.clickOn(button);
    }

    private static void waitFor(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not met within 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
