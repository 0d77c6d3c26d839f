package org.appeal.ui;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.appeal.app.CampaignSession;
import org.appeal.app.delivery.SmtpSecurity;
import org.appeal.app.delivery.TestMailServer;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.Delivery;
import org.appeal.domain.PdfFingerprint;
import org.appeal.domain.Recipient;
import org.appeal.export.BatchExport;
import org.appeal.store.db.Workspace;
import org.appeal.ui.delivery.DeliveryViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Delivery screen in the real window: the sample campaign's exported letters sent to GreenMail
 * through it, a fax recorded and confirmed through its forms, and the password asked in a dialog.
 * The two ministers' e-mail addresses and the mail account are made up; the server refuses one address.
 */
@ExtendWith(ApplicationExtension.class)
class DeliveryUiTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";
    private static final String PM = "pm-office@example.invalid";
    private static final String FM = "fm-office@example.invalid";
    private static final String FROM = "coalition@example.invalid";

    @TempDir
    Path temp;

    private final AppHarness app = new AppHarness();
    private TestMailServer server;
    private List<Path> letters;

    @Start
    void start(Stage stage) {
        server = new TestMailServer(Set.of(FM));
        server.withConfiguration(GreenMailConfiguration.aConfig().withUser(FROM, "kim", "right"));
        server.start();
        app.start(stage, temp, this::giveEmailsAndExport);
    }

    /** The ministers get (made-up) e-mail addresses, and every recipient's letter is exported as a version. */
    private void giveEmailsAndExport(Workspace workspace) {
        CampaignSession session = CampaignSession.open(workspace, CAMPAIGN);
        for (Recipient r : session.data().recipients()) {
            String email = r.id().equals("prime-minister") ? PM : r.id().equals("foreign-minister") ? FM : null;
            if (email != null) {
                session.saveRecipient(new Recipient(r.id(), r.role(), r.position(), r.formOfAddress(), r.name(), r.title(),
                        r.office(), r.addressLines(), r.fax(), email));
            }
        }
        try {
            letters = new BatchExport(new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary()))
                    .export(session.data(), session.data().recipients(), temp.resolve("letters"), (d, t, m) -> { }, () -> false)
                    .files();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        session.recordExport();
    }

    @AfterEach
    void close() {
        app.close();
        server.stop();
    }

    @Test
    void sendingTheSampleLettersShowsSentAndFailedRecipientsAndTheAttachmentMatchesTheRecord(FxRobot robot) throws Exception {
        openDeliveryScreen(robot);
        TableView<?> recipients = robot.lookup("#deliveryRecipients").queryAs(TableView.class);
        assertThat(rows(recipients, 0, 1, 5)).containsExactly(
                "Lee Jae-myung | Not sent | 'president.go.kr' has no @: it looks like a web domain, not an e-mail address",
                "Kim Min-seok | Not sent | ",
                "Cho Hyun | Not sent | ",
                "Chung Dong-young | Not sent | no e-mail address");
        assertThat(robot.lookup("#deliverySend").queryButton().getText()).isEqualTo("Send by e-mail to 2 recipients");

        setUpAccount(robot, "");
        assertThat(robot.lookup("#deliveryAccountLabel").queryLabeled().getText())
                .isEqualTo("From " + FROM + " via localhost:" + server.port() + " (NONE)");
        assertThat(Files.readString(temp.resolve("mail.properties"))).contains("smtp.host=localhost").doesNotContain("right");
        app.dialogs.folder = temp.resolve("letters");
        click(robot, "#deliveryChooseFolder");
        click(robot, "#deliverySend");

        ListView<?> results = robot.lookup("#deliveryResults").queryAs(ListView.class);
        waitUntil("two results and the record read again", () -> results.getItems().size() == 2
                && !app.screen("delivery", DeliveryViewModel.class).sendingProperty().get()
                && "Failed".equals(recipients.getColumns().get(1).getCellData(2)));
        assertThat(results.getItems()).extracting(Object::toString).containsExactly(
                "\u2713 Kim Min-seok: sent to " + PM,
                "\u2717 Cho Hyun: refused: " + TestMailServer.REFUSAL);
        assertThat(robot.lookup("#deliveryProgress").queryAs(javafx.scene.control.ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(rows(recipients, 0, 1, 2)).containsExactly(
                "Lee Jae-myung | Not sent | ",
                "Kim Min-seok | Sent | E-mail",
                "Cho Hyun | Failed | E-mail",
                "Chung Dong-young | Not sent | ");
        assertThat(robot.lookup("#deliverySend").queryButton().getText()).isEqualTo("Send by e-mail to 1 recipient");

        // The PDF as GreenMail received it is the one the record names, and the file exported for that recipient.
        MimeMessage received = server.getReceivedMessages()[0];
        assertThat(server.getReceivedMessages()).hasSize(1);
        byte[] attached = ((Multipart) received.getContent()).getBodyPart(1).getInputStream().readAllBytes();
        TableView<?> deliveries = robot.lookup("#deliveryList").queryAs(TableView.class);
        Delivery sent = (Delivery) deliveries.getItems().stream().filter(d -> ((Delivery) d).status() == Delivery.Status.SENT)
                .findFirst().orElseThrow();
        assertThat(sent.pdfSha256()).isEqualTo(PdfFingerprint.of(attached))
                .isEqualTo(PdfFingerprint.of(Files.readAllBytes(letters.get(1))));
        assertThat(sent.reference()).isEqualTo(received.getMessageID());

        ComboBox<Optional<Delivery.Status>> filter = combo(robot, "#deliveryFilter");
        robot.interact(() -> filter.setValue(Optional.of(Delivery.Status.FAILED)));
        waitUntil("only the failed delivery listed", () -> deliveries.getItems().size() == 1);
        assertThat(rows(deliveries, 0, 2, 5)).singleElement().asString()
                .startsWith("Cho Hyun | Failed | the mail server localhost refused it: " + TestMailServer.REFUSAL);
    }

    @Test
    void aFaxIsRecordedThroughTheFormThenConfirmed(FxRobot robot) throws Exception {
        openDeliveryScreen(robot);
        TableView<?> recipients = robot.lookup("#deliveryRecipients").queryAs(TableView.class);
        robot.interact(() -> recipients.getSelectionModel().select(3));
        click(robot, "#deliveryRecord");
        AppHarness.waitUntilShowing(robot, "#record-delivery-dialog");
        assertThat(robot.lookup("#recordAddress").queryAs(TextField.class).getText()).isEqualTo("+82 2 2100 5851/49");
        click(robot, "#recordReference").write("FAX-2025-1031-07");

        click(robot, "#recordApply");
        waitUntil("the form says what is missing", () -> !robot.lookup("#recordProblems").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#recordProblems").queryLabeled().getText())
                .isEqualTo("Choose the PDF that was sent: its SHA-256 is the proof of what went out.");
        app.dialogs.openFile = letters.get(3);
        click(robot, "#recordChooseFile");
        click(robot, "#recordApply");

        waitUntil("the fax recorded", () -> "Sent".equals(recipients.getColumns().get(1).getCellData(3)));
        assertThat(rows(recipients, 0, 1, 2, 4).get(3)).isEqualTo(
                "Chung Dong-young | Sent | Fax | FAX-2025-1031-07");
        TableView<?> deliveries = robot.lookup("#deliveryList").queryAs(TableView.class);
        Delivery fax = (Delivery) deliveries.getItems().get(0);
        assertThat(fax.pdfSha256()).isEqualTo(PdfFingerprint.of(Files.readAllBytes(letters.get(3))));
        assertThat(fax.address()).isEqualTo("+82 2 2100 5851/49");

        robot.interact(() -> deliveries.getSelectionModel().select(0));
        click(robot, "#deliveryChangeStatus");
        AppHarness.waitUntilShowing(robot, "#delivery-status-dialog");
        click(robot, "#statusNote").write("Receipt confirmed by the ministry's desk officer");
        click(robot, "#statusApply");
        waitUntil("receipt confirmed", () -> "Confirmed".equals(recipients.getColumns().get(1).getCellData(3)));
        assertThat(((Delivery) deliveries.getItems().get(0)).note()).isEqualTo("Receipt confirmed by the ministry's desk officer");
    }

    @Test
    void thePasswordIsAskedInADialogTestedAndNeverWritten(FxRobot robot) throws Exception {
        openDeliveryScreen(robot);
        setUpAccount(robot, "kim", () -> {
            click(robot, "#mailTest");
            AppHarness.waitUntilShowing(robot, "#mail-password-dialog");
            click(robot, "#mailPassword").write("wrong");
            click(robot, "#mailPasswordOk");
            waitUntil("the refusal shown", () -> robot.lookup("#mailMessage").queryLabeled().getText().startsWith("The connection failed"));
            assertThat(robot.lookup("#mailMessage").queryLabeled().getText())
                    .startsWith("The connection failed: the mail server localhost refused the login of kim: 535");
            click(robot, "#mailTest");
            AppHarness.waitUntilShowing(robot, "#mail-password-dialog");
            click(robot, "#mailPassword").write("right");
            click(robot, "#mailPasswordOk");
            waitUntil("logged in", () -> robot.lookup("#mailMessage").queryLabeled().getText().startsWith("Connected"));
        });
        app.dialogs.folder = temp.resolve("letters");
        click(robot, "#deliveryChooseFolder");
        // The password that worked is kept for this run: sending does not ask again.
        click(robot, "#deliverySend");
        waitUntil("sent", () -> robot.lookup("#deliveryResults").queryAs(ListView.class).getItems().size() == 2);
        assertThat(robot.lookup("#mail-password-dialog").tryQuery()).isEmpty();
        assertThat(server.getReceivedMessages()).hasSize(1);
        try (Stream<Path> files = Files.walk(temp)) {
            List<Path> written = files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".pdf")
                    && !p.toString().endsWith(".db")).toList();
            assertThat(written).extracting(p -> p.getFileName().toString()).doesNotContain("mail-passwords");
            for (Path p : written) {
                assertThat(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1)).as(p.toString())
                        .doesNotContain("right");
            }
        }
    }

    private void openDeliveryScreen(FxRobot robot) {
        waitUntil("campaign open", () -> app.window.campaign().isPresent());
        app.show(robot, "delivery");
        TableView<?> recipients = robot.lookup("#deliveryRecipients").queryAs(TableView.class);
        waitUntil("recipients listed", () -> recipients.getItems().size() == 4);
    }

    private void setUpAccount(FxRobot robot, String user) {
        setUpAccount(robot, user, () -> { });
    }

    /** Fills the mail account dialog as a user would, runs {@code beforeSaving}, and saves. */
    private void setUpAccount(FxRobot robot, String user, Runnable beforeSaving) {
        click(robot, "#deliveryAccount");
        AppHarness.waitUntilShowing(robot, "#mail-settings-dialog");
        click(robot, "#mailHost").write("localhost");
        ChoiceBox<SmtpSecurity> security = robot.lookup("#mailSecurity").queryAs(ChoiceBox.class);
        robot.interact(() -> security.setValue(SmtpSecurity.NONE));
        TextField port = robot.lookup("#mailPort").queryAs(TextField.class);
        robot.interact(() -> port.setText(String.valueOf(server.port())));
        if (!user.isEmpty()) {
            click(robot, "#mailUser").write(user);
        }
        click(robot, "#mailFrom").write(FROM);
        beforeSaving.run();
        click(robot, "#mailSave");
        waitUntil("account saved", () -> robot.lookup("#mail-settings-dialog").tryQuery().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    /** The cells a user sees in the given columns, joined with " | ", one string per row. */
    private static List<String> rows(TableView<?> table, int... columns) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            int row = i;
            rows.add(String.join(" | ", IntStream.of(columns)
                    .mapToObj(c -> String.valueOf(table.getColumns().get(c).getCellData(row))).toList()));
        }
        return rows;
    }
}
