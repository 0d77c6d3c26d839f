package org.appeal.ui;

import javafx.stage.Stage;
import org.appeal.compose.sign.SignatureVerifier;
import org.appeal.compose.sign.TestKeys;
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
import static org.assertj.core.api.Assertions.assertThat;

/** Signs an exported sample letter from the app with a certificate made in the test. */
@ExtendWith(ApplicationExtension.class)
class SignPdfUiTest {
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
    void signingAnExportedLetterFromTheApp(FxRobot robot) throws Exception {
        app.waitForPreview();
        Path pdf = temp.resolve("letter.pdf");
        Files.write(pdf, app.preview().lastGoodLetter().orElseThrow().pdf());
        Path keystore = TestKeys.keystore(temp, "Example Rights Watch");

        robot.clickOn("File").clickOn("Sign a PDF...");
        waitUntil(() -> robot.lookup("#signChoosePdf").tryQuery().isPresent());
        app.dialogs.openFile = pdf;
        click(robot, "#signChoosePdf");
        app.dialogs.openFile = keystore;
        click(robot, "#signChooseKeystore");
        click(robot, "#signPassword").write(TestKeys.PASSWORD);
        click(robot, "#signReason").write("We support this letter");
        click(robot, "#signApply");

        Path signed = temp.resolve("letter-signed.pdf");
        waitUntil(() -> Files.exists(signed));
        var report = new SignatureVerifier().verify(Files.readAllBytes(signed));
        assertThat(report.allValid()).isTrue();
        assertThat(report.signatures()).singleElement().satisfies(s -> assertThat(s.signer()).isEqualTo("Example Rights Watch"));
        assertThat(Files.readAllBytes(pdf)).isEqualTo(app.preview().lastGoodLetter().orElseThrow().pdf());
    }
}
