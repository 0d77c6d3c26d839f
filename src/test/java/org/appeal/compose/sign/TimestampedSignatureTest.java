package org.appeal.compose.sign;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PAdES B-T, B-LT and B-LTA against a made-up timestamp authority and certificate authority
 * served over HTTP on the loopback address ({@link TestTrustServices}).
 */
class TimestampedSignatureTest {
    @TempDir
    Path temp;

    private TestTrustServices services;
    private final PdfSigner signer = new PdfSigner(SamplePdf.fonts());
    private final SignatureVerifier verifier = new SignatureVerifier();

    @BeforeEach
    void start() {
        services = TestTrustServices.start();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private SigningKey caIssuedKey() throws SigningException {
        return SigningKey.load(services.signerKeystore(temp, "Example Rights Watch"), TestKeys.PASSWORD.toCharArray());
    }

    private byte[] sign(SignatureLevel level, SigningKey key) throws SigningException {
        return signer.sign(MadeUpPdf.letter().pdf(), key, SignatureAppearance.invisible("Co-signing", "Seoul"),
                SigningProfile.of(level, services.timestampUrl()));
    }

    @Test
    void aBaselineTSignatureCarriesTheAuthoritysTimeWhichVerifyShows() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] signed = sign(SignatureLevel.T, SigningKey.load(TestKeys.keystore(temp, "Example Rights Watch"),
                TestKeys.PASSWORD.toCharArray()));
        Instant after = Instant.now();

        VerificationReport report = verifier.verify(signed);

        assertThat(services.timestampRequests()).isEqualTo(1);
        assertThat(report.allValid()).as(report.toString()).isTrue();
        SignatureCheck check = report.signatures().get(0);
        assertThat(check.timestampAuthority()).isEqualTo(TestTimestampAuthority.NAME);
        assertThat(check.timestampTime()).isBetween(before, after);
        assertThat(report.validationData()).isEqualTo(ValidationData.NONE);
    }

    @Test
    void aBaselineBSignatureHasNoTimestamp() throws Exception {
        byte[] signed = signer.sign(MadeUpPdf.letter().pdf(), SigningKey.load(TestKeys.keystore(temp, "Example Rights Watch"),
                TestKeys.PASSWORD.toCharArray()), SignatureAppearance.invisible(null, null));

        SignatureCheck check = verifier.verify(signed).signatures().get(0);

        assertThat(check.timestampTime()).isNull();
        assertThat(check.timestampAuthority()).isNull();
    }

    @Test
    void aFlippedByteInTheTimestampTokenFailsVerification() throws Exception {
        byte[] signed = sign(SignatureLevel.T, caIssuedKey());

        byte[] flipped = TimestampTokens.flipTime(signed);

        VerificationReport report = verifier.verify(flipped);
        assertThat(report.allValid()).isFalse();
        assertThat(report.signatures().get(0).intact()).isFalse();
        assertThat(report.signatures().get(0).integrityProblem()).contains("its timestamp token does not hold");
    }

    @Test
    void baselineLtEmbedsTheCertificatesAndRevocationLists() throws Exception {
        byte[] signed = sign(SignatureLevel.LT, caIssuedKey());

        VerificationReport report = verifier.verify(signed);

        assertThat(report.allValid()).as(report.toString()).isTrue();
        assertThat(report.validationData().crls()).isGreaterThanOrEqualTo(1);
        assertThat(report.validationData().certificates()).isGreaterThanOrEqualTo(2);
        assertThat(services.crlRequests()).isGreaterThanOrEqualTo(1);
        assertThat(report.signatures().get(0).timestampAuthority()).isEqualTo(TestTimestampAuthority.NAME);
    }

    @Test
    void baselineLtaAddsADocumentTimestampAfterTheValidationData() throws Exception {
        byte[] signed = sign(SignatureLevel.LTA, caIssuedKey());

        VerificationReport report = verifier.verify(signed);

        assertThat(report.allValid()).as(report.toString()).isTrue();
        assertThat(report.signatures()).extracting(SignatureCheck::fieldName).containsExactly("Signature1", "Timestamp1");
        assertThat(report.signatures().get(1).timestamp()).isTrue();
        assertThat(report.signatures().get(1).signer()).isEqualTo(TestTimestampAuthority.NAME);
        assertThat(report.validationData().hasRevocationData()).isTrue();
    }

    @Test
    void ltWithACertificateThatNamesNoRevocationServiceIsRefused() throws Exception {
        SigningKey selfSigned = SigningKey.load(TestKeys.keystore(temp, "Example Rights Watch"), TestKeys.PASSWORD.toCharArray());

        assertThatThrownBy(() -> sign(SignatureLevel.LT, selfSigned))
                .isInstanceOf(SigningException.class)
                .hasMessage("cannot sign at level LT: the certificate of Example Rights Watch names no CRL or OCSP"
                        + " service, so there is no revocation data to embed (sign at level T instead, or use a"
                        + " certificate from an authority that publishes revocation data)");
    }

    @Test
    void aTimestampServerThatDoesNotAnswerIsRefusedNamingIt() throws Exception {
        String url = services.timestampUrl();
        services.close();
        SigningKey key = caIssuedKey();

        assertThatThrownBy(() -> signer.sign(MadeUpPdf.letter().pdf(), key, SignatureAppearance.invisible(null, null),
                SigningProfile.of(SignatureLevel.T, url)))
                .isInstanceOf(SigningException.class)
                .hasMessageStartingWith("cannot sign at level T: the timestamp server " + url + " did not give a timestamp");
    }

    @Test
    void theProfileRefusesWhatCannotBeMeant() {
        assertThatThrownBy(() -> SigningProfile.of(SignatureLevel.T, null))
                .hasMessage("a signature at level T needs a timestamp server (RFC 3161)");
        assertThatThrownBy(() -> SigningProfile.of(SignatureLevel.B, "http://tsa.example.invalid"))
                .hasMessage("a timestamp server makes the signature level T, LT or LTA, not B");
        assertThatThrownBy(() -> SigningProfile.of(SignatureLevel.T, "file:///etc/passwd"))
                .hasMessage("a timestamp server is an http:// or https:// address, not 'file:///etc/passwd'");
    }

    @Test
    void pdfsigAcceptsTheTimestampedSignatureItself() throws Exception {
        Path pdf = Files.write(temp.resolve("t.pdf"), sign(SignatureLevel.T, caIssuedKey()));
        Process process;
        try {
            process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            assumeTrue(false, "pdfsig (poppler-utils) is not installed");
            return;
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // pdfsig neither shows nor checks the timestamp: this compares the signature only.
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Signature Validation: Signature is Valid.");
    }
}
