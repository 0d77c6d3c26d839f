package org.appeal.cli;

import org.appeal.compose.sign.SamplePdf;
import org.appeal.compose.sign.TestKeys;
import org.appeal.compose.sign.TestTrustServices;
import org.appeal.compose.sign.TimestampTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code appeal sign --tsa} and {@code appeal verify} against the made-up services of {@link TestTrustServices}. */
class TimestampCommandsTest {
    @TempDir
    Path temp;

    private TestTrustServices services;
    private StringWriter out;
    private StringWriter err;
    private Path letter;
    private Path password;

    @BeforeEach
    void start() throws IOException {
        services = TestTrustServices.start();
        letter = Files.write(temp.resolve("letter.pdf"), SamplePdf.letter());
        password = Files.writeString(temp.resolve("password.txt"), TestKeys.PASSWORD + "\n");
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private int appeal(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CliRun.appeal(out, err, args);
    }

    private int sign(Path signed, String... more) {
        Path keystore = services.signerKeystore(temp, "Example Rights Watch");
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("sign", letter.toString(), "--keystore",
                keystore.toString(), "--password-file", password.toString(), "--out", signed.toString()),
                java.util.stream.Stream.of(more)).toArray(String[]::new);
        return appeal(args);
    }

    @Test
    void aTimestampedSignatureVerifiesWithItsTimeAndAuthority() {
        Path signed = temp.resolve("signed.pdf");

        assertThat(sign(signed, "--tsa", services.timestampUrl())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(signed by Example Rights Watch, PAdES baseline T, timestamp from "
                + services.timestampUrl() + ")");

        assertThat(appeal("verify", signed.toString())).as(out.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).containsPattern(
                "  timestamp:     \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC by Made-up Time Stamping Authority\n");
    }

    @Test
    void aFlippedByteInTheTokenMakesVerifyExitThree() throws Exception {
        Path signed = temp.resolve("signed.pdf");
        sign(signed, "--tsa", services.timestampUrl());
        Path flipped = Files.write(temp.resolve("flipped.pdf"), TimestampTokens.flipTime(Files.readAllBytes(signed)));

        assertThat(appeal("verify", flipped.toString())).isEqualTo(ExitCode.VERIFICATION_FAILED);

        assertThat(out.toString()).contains("  intact:        NO (its timestamp token does not hold",
                flipped + ": verification failed: not intact: Signature1");
    }

    @Test
    void ltShowsTheValidationDataItEmbedded() {
        Path signed = temp.resolve("signed.pdf");

        assertThat(sign(signed, "--tsa", services.timestampUrl(), "--level", "lt")).as(err.toString()).isZero();

        assertThat(appeal("verify", signed.toString())).as(out.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).containsPattern("validation data \\(document security store\\): [2-9] certificates, [1-9]"
                + " CRLs, 0 OCSP responses");
    }

    @Test
    void levelsAboveBNeedATimestampServer() {
        assertThat(sign(temp.resolve("x.pdf"), "--level", "lta")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("appeal: --level lta needs a timestamp server: add --tsa URL\n");
        assertThat(sign(temp.resolve("x.pdf"), "--level", "xl", "--tsa", services.timestampUrl()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("appeal: --level: unknown value 'xl' (expected one of b, t, lt, lta)\n");
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }
}
