package org.appeal.compose.sign;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Keystores made in the test: a fresh RSA key and a self-signed certificate per call, written as
 * PKCS#12 to a temporary folder. No private key is ever committed.
 */
public final class TestKeys {
    public static final String PASSWORD = "correct horse battery staple";

    private TestKeys() {
    }

    /** A PKCS#12 file holding one key and a certificate for {@code commonName}, valid from yesterday for a year. */
    public static Path keystore(Path folder, String commonName) {
        Instant now = Instant.now();
        return keystore(folder, commonName, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
    }

    public static Path keystore(Path folder, String commonName, Instant notBefore, Instant notAfter) {
        return keystore(folder, commonName, KeyType.RSA, notBefore, notAfter);
    }

    /** Kinds of key a signer might bring; only some make signatures PDF readers can check. */
    public enum KeyType {
        RSA("RSA", null, "SHA256withRSA"),
        EC_P256("EC", "secp256r1", "SHA256withECDSA"),
        EC_P384("EC", "secp384r1", "SHA384withECDSA"),
        EC_BRAINPOOL("EC", "brainpoolP256r1", "SHA256withECDSA"),
        DSA("DSA", null, "SHA256withDSA"),
        ED25519("Ed25519", null, "Ed25519");

        final String algorithm;
        final String curve;
        final String certificateSignature;

        KeyType(String algorithm, String curve, String certificateSignature) {
            this.algorithm = algorithm;
            this.curve = curve;
            this.certificateSignature = certificateSignature;
        }
    }

    /** As {@link #keystore(Path, String)}, with a key of the given type. */
    public static Path keystore(Path folder, String commonName, KeyType type) {
        Instant now = Instant.now();
        return keystore(folder, commonName, type, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
    }

    private static Path keystore(Path folder, String commonName, KeyType type, Instant notBefore, Instant notAfter) {
        try {
            KeyPair pair = keyPair(type);
            X509Certificate certificate = selfSigned(pair, commonName, notBefore, notAfter, type.certificateSignature);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signer", pair.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
            return write(folder, commonName, store);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 file with a certificate and no private key. */
    public static Path certificateOnly(Path folder, String commonName) {
        try {
            Instant now = Instant.now();
            X509Certificate certificate = selfSigned(keyPair(), commonName, now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(365)));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("trusted", certificate);
            return write(folder, commonName + "-certificate", store);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path folder, String name, KeyStore store) throws IOException, GeneralSecurityException {
        Path file = folder.resolve(name.replaceAll("[^A-Za-z0-9-]", "_") + "-" + System.nanoTime() + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        return keyPair(KeyType.RSA);
    }

    private static KeyPair keyPair(KeyType type) throws GeneralSecurityException {
        // BouncyCastle knows the Brainpool curves, which the JDK's own provider no longer does.
        KeyPairGenerator generator = type == KeyType.EC_BRAINPOOL
                ? KeyPairGenerator.getInstance(type.algorithm, new BouncyCastleProvider())
                : KeyPairGenerator.getInstance(type.algorithm);
        if (type.curve != null) {
            generator.initialize(new ECGenParameterSpec(type.curve));
        } else if (type != KeyType.ED25519) {
            generator.initialize(2048);
        }
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair pair, String commonName, Instant notBefore, Instant notAfter)
            throws GeneralSecurityException, IOException {
        return selfSigned(pair, commonName, notBefore, notAfter, "SHA256withRSA");
    }

    private static X509Certificate selfSigned(KeyPair pair, String commonName, Instant notBefore, Instant notAfter,
                                              String signatureAlgorithm) throws GeneralSecurityException, IOException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, commonName)
                .addRDN(BCStyle.O, commonName)
                .build();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                BigInteger.valueOf(System.nanoTime()), Date.from(notBefore), Date.from(notAfter), subject,
                pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        try {
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder(signatureAlgorithm)
                    .setProvider(new BouncyCastleProvider()).build(pair.getPrivate()));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
