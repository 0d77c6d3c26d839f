package org.appeal.compose.sign;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTest {
    private static final char[] PASSWORD = TestKeys.PASSWORD.toCharArray();

    @TempDir
    Path temp;

    @Test
    void loadsTheKeyAndNamesTheSignerByTheCertificatesCommonName() throws SigningException {
        SigningKey key = SigningKey.load(TestKeys.keystore(temp, "Example Rights Watch"), PASSWORD);

        assertThat(key.signerName()).isEqualTo("Example Rights Watch");
        assertThat(key.privateKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(key.chain()).hasSize(1);
        assertThat(key.toString()).contains("Example Rights Watch").doesNotContain("private", "modulus");
    }

    @Test
    void aHangulCommonNameIsKept() throws SigningException {
        assertThat(SigningKey.load(TestKeys.keystore(temp, "북한인권시민연합"), PASSWORD).signerName())
                .isEqualTo("북한인권시민연합");
    }

    @Test
    void aWrongPasswordIsNamedWithTheFile() {
        Path keystore = TestKeys.keystore(temp, "Example Rights Watch");

        assertThatThrownBy(() -> SigningKey.load(keystore, "guess".toCharArray()))
                .isInstanceOf(SigningException.class)
                .hasMessage(keystore + ": wrong password for this keystore");
    }

    @Test
    void aKeystoreWithOnlyACertificateIsRefused() {
        Path keystore = TestKeys.certificateOnly(temp, "Example Rights Watch");

        assertThatThrownBy(() -> SigningKey.load(keystore, PASSWORD))
                .isInstanceOf(SigningException.class)
                .hasMessageStartingWith(keystore + " holds no private key");
    }

    @Test
    void anExpiredCertificateIsRefusedWithItsDate() {
        Instant expiry = Instant.parse("2024-12-31T00:00:00Z");
        Path keystore = TestKeys.keystore(temp, "Lapsed Coalition", expiry.minus(Duration.ofDays(365)), expiry);

        assertThatThrownBy(() -> SigningKey.load(keystore, PASSWORD))
                .isInstanceOf(SigningException.class)
                .hasMessage(keystore + ": the certificate of Lapsed Coalition expired on 2024-12-31T00:00:00Z");
    }

    @Test
    void aCertificateNotYetValidIsRefused() {
        Instant start = Instant.now().plus(Duration.ofDays(30));
        Path keystore = TestKeys.keystore(temp, "Future Coalition", start, start.plus(Duration.ofDays(365)));

        assertThatThrownBy(() -> SigningKey.load(keystore, PASSWORD))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keystore + ": the certificate of Future Coalition is not valid before");
    }

    @Test
    void validityIsJudgedAtTheGivenTime() throws SigningException {
        Instant expiry = Instant.parse("2024-12-31T00:00:00Z");
        Path keystore = TestKeys.keystore(temp, "Lapsed Coalition", expiry.minus(Duration.ofDays(365)), expiry);

        assertThat(SigningKey.load(keystore, PASSWORD, expiry.minus(Duration.ofDays(1))).signerName())
                .isEqualTo("Lapsed Coalition");
    }

    @Test
    void aMissingFileIsNamed() {
        Path keystore = temp.resolve("nowhere.p12");

        assertThatThrownBy(() -> SigningKey.load(keystore, PASSWORD))
                .isInstanceOf(SigningException.class)
                .hasMessage("keystore not found: " + keystore);
    }

    @Test
    void aFileThatIsNoKeystoreIsNamed() throws IOException {
        Path keystore = Files.writeString(temp.resolve("letter.p12"), "Dear friends,");

        assertThatThrownBy(() -> SigningKey.load(keystore, PASSWORD))
                .isInstanceOf(SigningException.class)
                .hasMessageStartingWith(keystore + " is not a readable PKCS#12 keystore");
    }

    @Test
    void aDsaKeyIsRefusedBecauseReadersCannotCheckItsSignatures() {
        Path keystore = TestKeys.keystore(temp, "Example Rights Watch", TestKeys.KeyType.DSA);

        assertThatThrownBy(() -> SigningKey.load(keystore, PASSWORD))
                .isInstanceOf(SigningException.class)
                .hasMessage(keystore + ": the key of Example Rights Watch is a DSA key, and PDF readers (Poppler's pdfsig"
                        + " among them) cannot check DSA signatures. Appeal signs with RSA keys, or EC keys on curve P-256,"
                        + " P-384 or P-521.");
    }

    @Test
    void anEcKeyOnACurveReadersDoNotKnowIsRefused() {
        Path keystore = TestKeys.keystore(temp, "Example Rights Watch", TestKeys.KeyType.EC_BRAINPOOL);

        assertThatThrownBy(() -> SigningKey.load(keystore, PASSWORD))
                .isInstanceOf(SigningException.class)
                .hasMessage(keystore + ": the key of Example Rights Watch is an EC key on a curve that PDF readers"
                        + " (Poppler's pdfsig among them) cannot check. Appeal signs with RSA keys, or EC keys on curve"
                        + " P-256, P-384 or P-521.");
    }

    @Test
    void anEdDsaKeyIsRefused() {
        Path keystore = TestKeys.keystore(temp, "Example Rights Watch", TestKeys.KeyType.ED25519);

        assertThatThrownBy(() -> SigningKey.load(keystore, PASSWORD))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("is a key of type EdDSA, which Appeal cannot sign PDFs with");
    }

    @Test
    void ecKeysOnTheNistCurvesAreAccepted() throws SigningException {
        assertThat(SigningKey.load(TestKeys.keystore(temp, "P-256 signer", TestKeys.KeyType.EC_P256), PASSWORD)
                .privateKey().getAlgorithm()).isEqualTo("EC");
        assertThat(SigningKey.load(TestKeys.keystore(temp, "P-384 signer", TestKeys.KeyType.EC_P384), PASSWORD)
                .signerName()).isEqualTo("P-384 signer");
    }
}
