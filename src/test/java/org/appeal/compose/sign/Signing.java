package org.appeal.compose.sign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Signatures made the ordinary way (by Appeal), for attacks to start from. The two keys are made
 * once per test run (an RSA key takes a while to generate) and their keystore files deleted at once.
 */
final class Signing {
    private Signing() {
    }

    /** The key of "Example Rights Watch", who signs first. */
    static SigningKey first() {
        return Keys.FIRST;
    }

    /** The key of "Sample Rights Network", who signs (or pretends to sign) second. */
    static SigningKey second() {
        return Keys.SECOND;
    }

    /** {@code pdf} signed invisibly by Appeal with {@link #first()}. */
    static byte[] byAppeal(byte[] pdf) {
        return byAppeal(pdf, SignatureAppearance.invisible("Co-signing the letter", "Seoul"));
    }

    static byte[] byAppeal(byte[] pdf, SignatureAppearance appearance) {
        try {
            return new PdfSigner(SamplePdf.fonts()).sign(pdf, first(), appearance);
        } catch (SigningException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Keys {
        static final SigningKey FIRST = load("Example Rights Watch");
        static final SigningKey SECOND = load("Sample Rights Network");

        private static SigningKey load(String organisation) {
            try {
                Path folder = Files.createTempDirectory("appeal-test-keys");
                Path keystore = TestKeys.keystore(folder, organisation);
                try {
                    return SigningKey.load(keystore, TestKeys.PASSWORD.toCharArray());
                } finally {
                    Files.delete(keystore);
                    Files.delete(folder);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SigningException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
