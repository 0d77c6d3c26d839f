package org.appeal.cli;

import org.appeal.compose.sign.Attacks;
import org.appeal.compose.sign.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code appeal verify} and {@code appeal sign} as a separate process: the exit code and both streams a script sees. */
class VerifyProcessTest {
    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private Run appeal(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dappeal.home=" + Path.of("").toAbsolutePath(),
                "org.appeal.Main"));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the process ends").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aPaintedOverLetterExitsThreeNamingTheRevisionAndTheChange() throws Exception {
        Path attacked = Files.write(temp.resolve("attacked.pdf"), Attacks.unsignedFieldOverTheText());

        Run run = appeal("verify", attacked.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(run.out()).contains(
                "revision 3: signature field 'Sneaky' on page 1 shows on the page but holds no signature",
                "revision 3: the box of signature field 'Sneaky' on page 1 covers text",
                attacked + ": verification failed: a later revision changed more than signatures after Signature1");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theSameLetterBeforeTheAttackExitsZero() throws Exception {
        Path signed = Files.write(temp.resolve("signed.pdf"), Attacks.signed());

        Run run = appeal("verify", signed.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("  later changes: none", signed + ": the signature is intact");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void signingWithADsaKeyExitsTwoWithOneClearLine() throws Exception {
        Path letter = Files.write(temp.resolve("letter.pdf"), Attacks.signed());
        Path keystore = TestKeys.keystore(temp, "Example Rights Watch", TestKeys.KeyType.DSA);
        Path password = Files.writeString(temp.resolve("password.txt"), TestKeys.PASSWORD + "\n");

        Run run = appeal("sign", letter.toString(), "--keystore", keystore.toString(), "--password-file", password.toString(),
                "--out", temp.resolve("signed.pdf").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("appeal: " + keystore + ": the key of Example Rights Watch is a DSA key, and PDF"
                + " readers (Poppler's pdfsig among them) cannot check DSA signatures. Appeal signs with RSA keys, or EC keys"
                + " on curve P-256, P-384 or P-521.\n");
        assertThat(run.out()).isEmpty();
        assertThat(temp.resolve("signed.pdf")).doesNotExist();
    }
}
