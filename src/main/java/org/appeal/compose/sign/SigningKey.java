package org.appeal.compose.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An organisation's private key and certificate chain, read from a PKCS#12 file (.p12/.pfx).
 *
 * <p>Not a record: a record's {@code toString} would print the key.
 */
public final class SigningKey {
    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    private SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
    }

    /** Loads the first private key in {@code keystore}, refusing a certificate that is not valid now. */
    public static SigningKey load(Path keystore, char[] password) throws SigningException {
        return load(keystore, password, Instant.now());
    }

    /** As {@link #load(Path, char[])}, with the certificate checked at {@code now}. */
    public static SigningKey load(Path keystore, char[] password, Instant now) throws SigningException {
        KeyStore store = open(keystore, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                if (key instanceof PrivateKey privateKey) {
                    List<X509Certificate> chain = chain(store.getCertificateChain(alias));
                    if (chain.isEmpty()) {
                        throw new SigningException(keystore + ": the private key '" + alias + "' has no certificate");
                    }
                    checkValidity(keystore, chain.get(0), now);
                    String refusal = KeyTypes.refusal(privateKey);
                    if (refusal != null) {
                        throw new SigningException(keystore + ": the key of " + CertificateNames.commonName(chain.get(0))
                                + " " + refusal + ". " + KeyTypes.ACCEPTED + ".");
                    }
                    return new SigningKey(privateKey, chain);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new SigningException(keystore + ": the private key needs another password than the keystore", e);
        } catch (GeneralSecurityException e) {
            throw new SigningException(keystore + ": cannot read the private key (" + e.getMessage() + ")", e);
        }
        throw new SigningException(keystore + " holds no private key, only certificates: export the key with"
                + " its certificate (PKCS#12, .p12 or .pfx)");
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The signer's certificate first, then the certificates that issued it. */
    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate subject's common name (CN), which is what signature panels show. */
    public String signerName() {
        return CertificateNames.commonName(certificate());
    }

    @Override
    public String toString() {
        return "SigningKey[" + certificate().getSubjectX500Principal().getName() + "]";
    }

    private static KeyStore open(Path keystore, char[] password) throws SigningException {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no PKCS#12 support", e);
        }
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
            return store;
        } catch (NoSuchFileException e) {
            throw new SigningException("keystore not found: " + keystore, e);
        } catch (IOException e) {
            // KeyStore reports a wrong password as an IOException caused by UnrecoverableKeyException.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new SigningException(keystore + ": wrong password for this keystore", e);
            }
            throw new SigningException(keystore + " is not a readable PKCS#12 keystore (.p12/.pfx): "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SigningException(keystore + " is not a readable PKCS#12 keystore (.p12/.pfx): "
                    + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> chain(Certificate[] certificates) {
        List<X509Certificate> chain = new ArrayList<>();
        if (certificates != null) {
            for (Certificate certificate : certificates) {
                if (certificate instanceof X509Certificate x509) {
                    chain.add(x509);
                }
            }
        }
        return chain;
    }

    // A signature made with an expired certificate is worthless to its recipient; refuse it now
    // rather than let the letter go out with it.
    private static void checkValidity(Path keystore, X509Certificate certificate, Instant now) throws SigningException {
        String who = "the certificate of " + CertificateNames.commonName(certificate);
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw new SigningException(keystore + ": " + who + " expired on " + certificate.getNotAfter().toInstant());
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw new SigningException(keystore + ": " + who + " is not valid before "
                    + certificate.getNotBefore().toInstant());
        }
    }
}
