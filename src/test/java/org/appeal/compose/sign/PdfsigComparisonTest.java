package org.appeal.compose.sign;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The keys Appeal accepts make signatures that Poppler's pdfsig (poppler-utils) can check, an
 * independent reader the recipients of a letter may well use. pdfsig is a comparison here, not
 * the judge of Appeal's own verification (it does not look for shadow attacks, for one); these
 * tests run only where pdfsig is installed.
 */
class PdfsigComparisonTest {
    @TempDir
    Path temp;

    @Test
    void pdfsigValidatesAnRsaSignature() throws Exception {
        assertThat(pdfsig(signedWith(TestKeys.KeyType.RSA))).contains("Signature Validation: Signature is Valid.");
    }

    @Test
    void pdfsigValidatesAnEcdsaSignatureOnP256() throws Exception {
        assertThat(pdfsig(signedWith(TestKeys.KeyType.EC_P256))).contains("Signature Validation: Signature is Valid.");
    }

    @Test
    void pdfsigValidatesAnEcdsaSignatureOnP384() throws Exception {
        assertThat(pdfsig(signedWith(TestKeys.KeyType.EC_P384))).contains("Signature Validation: Signature is Valid.");
    }

    /**
     * A PAdES B-T signature: pdfsig validates the signature itself and shows its signing time, which
     * lies within the minute of the authority's time that Appeal's verify shows. pdfsig does not read
     * the timestamp token, so a flipped byte in it is caught by Appeal's verify alone.
     */
    @Test
    void pdfsigValidatesATimestampedSignatureAndOnlyAppealChecksItsToken() throws Exception {
        try (TestTrustServices services = TestTrustServices.start()) {
            SigningKey key = SigningKey.load(services.signerKeystore(temp, "Example Rights Watch"), TestKeys.PASSWORD.toCharArray());
            byte[] signed = new PdfSigner(SamplePdf.fonts()).sign(MadeUpPdf.letter().pdf(), key,
                    SignatureAppearance.invisible("Co-signing", "Seoul"), SigningProfile.of(SignatureLevel.T, services.timestampUrl()));
            VerificationReport report = new SignatureVerifier().verify(signed);
            assertThat(report.allValid()).as(report.toString()).isTrue();
            java.time.Instant stamped = report.signatures().get(0).timestampTime();
            assertThat(stamped).isNotNull();

            String shown = pdfsig(Files.write(temp.resolve("timestamped.pdf"), signed));

            assertThat(shown).contains("Signature Validation: Signature is Valid.");
            java.util.regex.Matcher time = java.util.regex.Pattern.compile("Signing Time: (\\w{3} \\d{2} \\d{4} \\d{2}:\\d{2}:\\d{2})")
                    .matcher(shown);
            assertThat(time.find()).as(shown).isTrue();
            // pdfsig prints the time in the machine's zone.
            java.time.Instant signingTime = java.time.LocalDateTime.parse(time.group(1),
                            java.time.format.DateTimeFormatter.ofPattern("MMM dd yyyy HH:mm:ss", java.util.Locale.ENGLISH))
                    .atZone(java.time.ZoneId.systemDefault()).toInstant();
            assertThat(java.time.Duration.between(signingTime, stamped).abs()).as(shown).isLessThan(java.time.Duration.ofMinutes(1));

            byte[] flipped = TimestampTokens.flipTime(signed);
            assertThat(new SignatureVerifier().verify(flipped).allValid()).isFalse();
            assertThat(pdfsig(Files.write(temp.resolve("flipped.pdf"), flipped))).as("pdfsig does not read the token")
                    .contains("Signature Validation: Signature is Valid.");
        }
    }

    private Path signedWith(TestKeys.KeyType type) throws Exception {
        SigningKey key = SigningKey.load(TestKeys.keystore(temp, "Example Rights Watch", type), TestKeys.PASSWORD.toCharArray());
        byte[] signed = new PdfSigner(SamplePdf.fonts()).sign(MadeUpPdf.letter().pdf(), key,
                SignatureAppearance.visible("Co-signing", "Seoul"));
        assertThat(new SignatureVerifier().verify(signed).allValid()).as("Appeal's own verification").isTrue();
        return Files.write(temp.resolve(type + ".pdf"), signed);
    }

    private static String pdfsig(Path pdf) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            assumeTrue(false, "pdfsig (poppler-utils) is not installed");
            throw notInstalled;
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
