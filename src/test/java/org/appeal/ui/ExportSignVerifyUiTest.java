package org.appeal.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.appeal.app.DocumentsFolder;
import org.appeal.compose.sign.SignatureVerifier;
import org.appeal.compose.sign.TestKeys;
import org.appeal.compose.sign.VerificationText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.appeal.ui.AppHarness.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small things that lose work or trust, after an export: the chooser opens in the documents
 * folder, then where the last export went; the Sign dialog starts with the PDF just exported, keeps
 * its fields after a wrong password and remembers the certificate file (never the password); File →
 * Verify a PDF shows what {@code appeal verify} prints. The certificate is made up (TestKeys).
 */
@ExtendWith(ApplicationExtension.class)
class ExportSignVerifyUiTest {
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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryTextInputControl().getText();
    }

    @Test
    void exportOpensWhereTheLastWentSignStartsWithItAndVerifyShowsWhatTheCommandPrints(FxRobot robot) throws Exception {
        app.waitForPreview();
        Path letters = Files.createDirectories(temp.resolve("made-up letters"));
        Path exported = letters.resolve("letter.pdf");
        app.dialogs.saveFile = exported;
        CampaignsUiTest.menu(robot, "#menu-file", "#menu-export");
        waitUntil("exported", () -> Files.exists(exported) && app.status().startsWith("Exported"));
        assertThat(app.dialogs.openedIn).as("the first export opens in the documents folder")
                .containsExactly(DocumentsFolder.standard());

        Path again = letters.resolve("letter-again.pdf");
        app.dialogs.saveFile = again;
        CampaignsUiTest.menu(robot, "#menu-file", "#menu-export");
        waitUntil("exported again", () -> Files.exists(again));
        assertThat(app.dialogs.openedIn.get(1)).as("the next opens where the last went").isEqualTo(letters);

        Path keystore = TestKeys.keystore(temp, "Example Rights Watch");
        CampaignsUiTest.menu(robot, "#menu-file", "#menu-sign");
        waitUntilShowing(robot, "#signPdf");
        assertThat(text(robot, "#signPdf")).as("the PDF just exported").isEqualTo(again.toString());
        assertThat(text(robot, "#signKeystore")).as("no certificate used yet").isEmpty();
        app.dialogs.openFile = keystore;
        click(robot, "#signChooseKeystore");
        click(robot, "#signReason").write("We support this letter");
        click(robot, "#signPassword").write("not the password");
        click(robot, "#signApply");
        waitUntil("the wrong password said", () -> app.dialogs.shown.stream().anyMatch(s -> s.kind().equals("error")
                && s.message().contains("wrong password")));
        waitUntil("the dialog stays, its fields kept, the password cleared", () -> robot.lookup("#signPdf").tryQuery().isPresent()
                && text(robot, "#signPassword").isEmpty());
        assertThat(text(robot, "#signPdf")).isEqualTo(again.toString());
        assertThat(text(robot, "#signKeystore")).isEqualTo(keystore.toString());
        assertThat(text(robot, "#signReason")).isEqualTo("We support this letter");
        Path signed = Path.of(text(robot, "#signOut"));
        click(robot, "#signPassword").write(TestKeys.PASSWORD);
        click(robot, "#signApply");
        waitUntil("signed", () -> Files.exists(signed) && robot.lookup("#signPdf").tryQuery().isEmpty());

        CampaignsUiTest.menu(robot, "#menu-file", "#menu-sign");
        waitUntilShowing(robot, "#signKeystore");
        assertThat(text(robot, "#signKeystore")).as("the certificate is remembered").isEqualTo(keystore.toString());
        assertThat(text(robot, "#signPassword")).as("its password never").isEmpty();
        DialogPane signPane = robot.lookup("#sign-dialog").queryAs(DialogPane.class);
        // The buttons carry the interface's words (DialogButtons), so Cancel is found by its role, not as ButtonType.CANCEL.
        Node cancel = signPane.lookupButton(signPane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow());
        click(robot, cancel);
        waitUntil("closed", () -> robot.lookup("#signKeystore").tryQuery().isEmpty());

        app.dialogs.openFile = signed;
        CampaignsUiTest.menu(robot, "#menu-file", "#menu-verify");
        waitUntilShowing(robot, "#verifyReport");
        String expected = String.join("\n", VerificationText.lines(new SignatureVerifier().verify(Files.readAllBytes(signed)),
                signed.getFileName().toString(), VerificationText.ENGLISH));
        assertThat(text(robot, "#verifyReport")).isEqualTo(expected).contains("Example Rights Watch");
        click(robot, "#verifyClose");
        waitUntil("closed", () -> robot.lookup("#verifyReport").tryQuery().isEmpty());
    }
}
