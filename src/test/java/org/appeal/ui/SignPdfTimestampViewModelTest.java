package org.appeal.ui;

import org.appeal.compose.sign.PdfSigner;
import org.appeal.compose.sign.SamplePdf;
import org.appeal.compose.sign.SignatureCheck;
import org.appeal.compose.sign.SignatureLevel;
import org.appeal.compose.sign.SignatureVerifier;
import org.appeal.compose.sign.TestKeys;
import org.appeal.compose.sign.TestTrustServices;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.sign.SignPdfViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Sign a PDF with a timestamp server, without the FX toolkit (made-up services on loopback). */
class SignPdfTimestampViewModelTest {
    @TempDir
    Path temp;

    @Test
    void levelTNeedsAServerAndThenTheSignedCopyCarriesItsTime() throws Exception {
        try (TestTrustServices services = TestTrustServices.start()) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            SignPdfViewModel model = new SignPdfViewModel(new PdfSigner(SamplePdf.fonts()), new DirectUiExecutor(), dialogs,
                    new Messages(Locale.ENGLISH));
            model.pdfProperty().set(Files.write(temp.resolve("letter.pdf"), SamplePdf.letter()));
            model.keystoreProperty().set(services.signerKeystore(temp, "Example Rights Watch"));
            model.levelProperty().set(SignatureLevel.T);

            assertThat(model.ready().get()).as("no timestamp server yet").isFalse();
            model.timestampServerProperty().set(services.timestampUrl());
            assertThat(model.ready().get()).isTrue();
            AtomicReference<Path> signed = new AtomicReference<>();
            model.sign(TestKeys.PASSWORD.toCharArray(), signed::set);

            assertThat(dialogs.shown).isEmpty();
            SignatureCheck check = new SignatureVerifier().verify(Files.readAllBytes(signed.get())).signatures().get(0);
            assertThat(check.valid()).isTrue();
            assertThat(check.timestampAuthority()).isEqualTo("Made-up Time Stamping Authority");
        }
    }

    @Test
    void aServerAddressThatIsNoWebAddressIsSaidSo() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        SignPdfViewModel model = new SignPdfViewModel(new PdfSigner(SamplePdf.fonts()), new DirectUiExecutor(), dialogs,
                new Messages(Locale.ENGLISH));
        model.pdfProperty().set(Files.write(temp.resolve("letter.pdf"), SamplePdf.letter()));
        model.keystoreProperty().set(TestKeys.keystore(temp, "Example Rights Watch"));
        model.levelProperty().set(SignatureLevel.LT);
        model.timestampServerProperty().set("ftp://tsa.example.invalid");

        model.sign(TestKeys.PASSWORD.toCharArray(), path -> { });

        assertThat(dialogs.shown).extracting(ScriptedDialogs.Shown::message)
                .containsExactly("a timestamp server is an http:// or https:// address, not 'ftp://tsa.example.invalid'");
        assertThat(temp.resolve("letter-signed.pdf")).doesNotExist();
    }
}
