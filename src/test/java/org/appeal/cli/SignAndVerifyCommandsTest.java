package org.appeal.cli;

import org.appeal.compose.sign.Attacks;
import org.appeal.compose.sign.PdfFonts;
import org.appeal.compose.sign.SamplePdf;
import org.appeal.compose.sign.Tamper;
import org.appeal.compose.sign.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SignAndVerifyCommandsTest {
    @TempDir
    Path temp;

    private StringWriter out;
    private StringWriter err;
    private Path letter;
    private Path passwordFile;

    private int appeal(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CliRun.appeal(out, err, args);
    }

    @BeforeEach
    void letterAndPassword() throws IOException {
        letter = Files.write(temp.resolve("letter.pdf"), SamplePdf.letter());
        passwordFile = Files.writeString(temp.resolve("password.txt"), TestKeys.PASSWORD + "\n");
    }

    private int sign(Path pdf, String organisation, Path signed, String... more) {
        Path keystore = TestKeys.keystore(temp, organisation);
        String[] args = Stream.concat(Stream.of("sign", pdf.toString(), "--keystore", keystore.toString(),
                "--password-file", passwordFile.toString(), "--out", signed.toString()), Stream.of(more))
                .toArray(String[]::new);
        return appeal(args);
    }

    @Test
    void signThenVerifyIsOk() throws IOException {
        Path signed = temp.resolve("signed.pdf");

        int signing = sign(letter, "Example Rights Watch", signed, "--reason", "Co-signing the letter", "--location", "Seoul");

        assertThat(signing).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote " + signed + " (signed by Example Rights Watch)");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }

        int verifying = appeal("verify", signed.toString());

        assertThat(verifying).as(out + "\n" + err).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains(
                "Signature1\n",
                "  signer:        Example Rights Watch\n",
                "  intact:        yes\n",
                "  covers:        revision 2 of 2 (the whole file)\n",
                "  later changes: none\n",
                signed + ": the signature is intact, and nothing but signatures was added after them");
        assertThat(out.toString()).containsPattern("  time:          \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC");
    }

    @Test
    void twoOrganisationsSignInTurnAndBothVerify() {
        Path once = temp.resolve("once.pdf");
        Path twice = temp.resolve("twice.pdf");
        assertThat(sign(letter, "Example Rights Watch", once, "--visible")).as(err.toString()).isZero();
        assertThat(sign(once, "Sample Rights Network", twice, "--visible")).as(err.toString()).isZero();

        int verifying = appeal("verify", twice.toString());

        assertThat(verifying).as(out.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains(
                "Signature1\n  signer:        Example Rights Watch\n",
                "  covers:        revision 2 of 3\n  later changes: only signatures\n",
                "Signature2\n  signer:        Sample Rights Network\n",
                "all 2 signatures are intact");
        assertThat(out.toString()).doesNotContain("NO", "OTHER CHANGES");
    }

    @Test
    void aVisibleSignatureOnAChosenPageUsesOnlyEmbeddedFonts() throws IOException {
        Path signed = temp.resolve("signed.pdf");

        assertThat(sign(letter, "Example Rights Watch", signed, "--visible", "--page", "1")).as(err.toString()).isZero();

        assertThat(PdfFonts.of(Files.readAllBytes(signed)))
                .allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
    }

    @Test
    void aFlippedByteInsideASignedPageFailsVerification() throws IOException {
        Path signed = temp.resolve("signed.pdf");
        assertThat(sign(letter, "Example Rights Watch", signed)).as(err.toString()).isZero();
        Path tampered = Files.write(temp.resolve("tampered.pdf"), Tamper.flipByteInPageContent(Files.readAllBytes(signed), 1));

        int verifying = appeal("verify", tampered.toString());

        assertThat(verifying).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(out.toString()).contains("  intact:        NO (the signed bytes were changed after signing)",
                tampered + ": verification failed: not intact: Signature1");
    }

    @Test
    void anUpdateThatChangesTextFailsVerificationAndSaysSo() throws IOException {
        Path signed = temp.resolve("signed.pdf");
        assertThat(sign(letter, "Example Rights Watch", signed)).as(err.toString()).isZero();
        Path edited = Files.write(temp.resolve("edited.pdf"),
                Tamper.appendText(Files.readAllBytes(signed), "We withdraw our support."));

        int verifying = appeal("verify", edited.toString());

        assertThat(verifying).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(out.toString()).contains(
                "  intact:        yes\n",
                "  later changes: OTHER CHANGES\n                 revision 3: page 1 changed (/Contents, /Resources)\n",
                edited + ": verification failed: a later revision changed more than signatures after Signature1");
    }

    @Test
    void aPdfWithoutSignaturesFailsVerification() {
        int verifying = appeal("verify", letter.toString());

        assertThat(verifying).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(out.toString()).isEqualTo(letter + ": verification failed: the PDF has no signatures\n");
    }

    @Test
    void anUnreadableFileIsBadInputForVerify() throws IOException {
        Path notPdf = Files.writeString(temp.resolve("notes.pdf"), "Dear friends,");

        assertThat(appeal("verify", notPdf.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).startsWith("appeal: " + notPdf + ": cannot read the PDF");

        assertThat(appeal("verify", temp.resolve("missing.pdf").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no such file: " + temp.resolve("missing.pdf"));
    }

    @Test
    void aWrongPasswordIsBadInputNamingTheKeystoreAndWritesNothing() throws IOException {
        Path keystore = TestKeys.keystore(temp, "Example Rights Watch");
        Files.writeString(passwordFile, "not the password\n", StandardCharsets.UTF_8);
        Path signed = temp.resolve("signed.pdf");

        int code = appeal("sign", letter.toString(), "--keystore", keystore.toString(),
                "--password-file", passwordFile.toString(), "--out", signed.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("appeal: " + keystore + ": wrong password for this keystore\n");
        assertThat(signed).doesNotExist();
    }

    @Test
    void anEmptyPasswordFileIsBadInput() throws IOException {
        Files.writeString(passwordFile, "\n");

        int code = sign(letter, "Example Rights Watch", temp.resolve("signed.pdf"));

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("the password file " + passwordFile + " is empty");
    }

    @Test
    void aPasswordFileWithAByteOrderMarkAndWindowsLineEndWorks() throws IOException {
        Files.writeString(passwordFile, "\uFEFF" + TestKeys.PASSWORD + "\r\nsecond line is ignored\r\n");

        assertThat(sign(letter, "Example Rights Watch", temp.resolve("signed.pdf"))).as(err.toString()).isZero();
    }

    @Test
    void thePasswordIsNeverAcceptedOnTheCommandLine() {
        int code = appeal("sign", letter.toString(), "--keystore", "k.p12", "--password", TestKeys.PASSWORD,
                "--out", temp.resolve("signed.pdf").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required option: '--password-file=PASSFILE'");
        assertThat(temp.resolve("signed.pdf")).doesNotExist();
    }

    @Test
    void pageWithoutVisibleIsBadInput() {
        int code = sign(letter, "Example Rights Watch", temp.resolve("signed.pdf"), "--page", "2");

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--page places a visible signature box: add --visible");
    }

    @Test
    void aPageBeyondTheLetterIsBadInput() {
        int code = sign(letter, "Example Rights Watch", temp.resolve("signed.pdf"), "--visible", "--page", "7");

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains(letter + ": the PDF has 3 pages, so there is no page 7 for the signature");
    }

    @Test
    void aDsaKeyIsBadInputAtSigningAndWritesNothing() {
        Path keystore = TestKeys.keystore(temp, "Example Rights Watch", TestKeys.KeyType.DSA);
        Path signed = temp.resolve("signed.pdf");

        int code = appeal("sign", letter.toString(), "--keystore", keystore.toString(),
                "--password-file", passwordFile.toString(), "--out", signed.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("appeal: " + keystore + ": the key of Example Rights Watch is a DSA key, and"
                + " PDF readers (Poppler's pdfsig among them) cannot check DSA signatures. Appeal signs with RSA keys,"
                + " or EC keys on curve P-256, P-384 or P-521.\n");
        assertThat(signed).doesNotExist();
    }

    @Test
    void anEcKeySignsAndItsSignatureVerifies() {
        Path keystore = TestKeys.keystore(temp, "Example Rights Watch", TestKeys.KeyType.EC_P256);
        Path signed = temp.resolve("signed.pdf");

        assertThat(appeal("sign", letter.toString(), "--keystore", keystore.toString(), "--password-file",
                passwordFile.toString(), "--out", signed.toString(), "--visible")).as(err.toString()).isZero();

        assertThat(appeal("verify", signed.toString())).as(out.toString()).isEqualTo(ExitCode.OK);
    }

    @Test
    void anUnsignedFieldPaintingOverThePageFailsVerificationAndSaysWhere() throws IOException {
        Path attacked = Files.write(temp.resolve("attacked.pdf"), Attacks.unsignedFieldOverTheText());

        int verifying = appeal("verify", attacked.toString());

        assertThat(verifying).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(out.toString()).contains(
                "  intact:        yes\n",
                "  covers:        revision 2 of 3\n",
                "  later changes: OTHER CHANGES\n"
                        + "                 revision 3: signature field 'Sneaky' on page 1 shows on the page but holds no signature\n"
                        + "                 revision 3: the box of signature field 'Sneaky' on page 1 covers text\n",
                attacked + ": verification failed: a later revision changed more than signatures after Signature1");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aForgedSignatureFailsVerification() throws IOException {
        Path forged = Files.write(temp.resolve("forged.pdf"), Attacks.forgedSignature());

        int verifying = appeal("verify", forged.toString());

        assertThat(verifying).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(out.toString()).contains("Forged\n",
                "  signer:        unknown (the signature cannot be read)\n",
                "  intact:        NO (it has no signature value (/Contents), so it is no signature at all)\n",
                forged + ": verification failed: not intact: Forged");
    }

    @Test
    void aSignatureThatLeavesBytesUnsignedFailsVerification() throws IOException {
        Path wrapped = Files.write(temp.resolve("wrapped.pdf"), Attacks.wrappedSignature());

        int verifying = appeal("verify", wrapped.toString());

        assertThat(verifying).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(out.toString()).containsPattern("  intact:        NO \\(the gap in its byte range \\(bytes \\d+ to \\d+\\)"
                + " holds more than its own signature value\\)\n");
    }

    @Test
    void helpListsSignVerifyAndTheVerificationExitCode() {
        assertThat(appeal("--help")).isZero();
        assertThat(out.toString()).contains("sign", "verify", "3   verification failed");

        assertThat(appeal("verify", "--help")).isZero();
        assertThat(out.toString()).contains("3   verification failed");
    }
}
