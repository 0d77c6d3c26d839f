package org.appeal.compose.sign;

import com.itextpdf.signatures.ITSAClient;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A time-stamping authority inside the test (made up: a fresh key and a certificate with the
 * critical timeStamping key usage, self-signed or issued by a test authority), answering iText
 * directly with no network, or RFC 3161 requests that {@link TestTrustServices} receives over HTTP.
 */
public final class TestTimestampAuthority implements ITSAClient {
    static final String NAME = "Made-up Time Stamping Authority";

    private final KeyPair pair;
    private final X509Certificate certificate;
    private final List<X509Certificate> chain;
    private long serial = 1;

    /** Self-signed. */
    public TestTimestampAuthority() {
        this(null, null, null);
    }

    /**
     * Certified by {@code issuer} (signed with {@code issuerKey}); {@code crlUrl}, if not null, is
     * where the certificate says its revocation list is.
     */
    TestTimestampAuthority(X509Certificate issuer, java.security.PrivateKey issuerKey, String crlUrl) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + NAME);
            X500Name issuerName = issuer == null ? name : new X500Name(issuer.getSubjectX500Principal().getName());
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name, pair.getPublic());
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            if (crlUrl != null) {
                builder.addExtension(Extension.cRLDistributionPoints, false, TestTrustServices.distributionPoint(crlUrl));
            }
            certificate = new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(issuer == null ? pair.getPrivate() : issuerKey)));
            chain = issuer == null ? List.of(certificate) : List.of(certificate, issuer);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public int getTokenSizeEstimate() {
        return 8192;
    }

    @Override
    public MessageDigest getMessageDigest() throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256");
    }

    @Override
    public byte[] getTimeStampToken(byte[] imprint) throws Exception {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        // Without asking for it, the token would leave out the certificate that verifies it.
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, imprint);
        return generator().generate(request, BigInteger.valueOf(serial++), new Date()).getEncoded();
    }

    /** The DER response to a DER RFC 3161 request, as a timestamp server sends it back over HTTP. */
    synchronized byte[] respond(byte[] requestBytes) throws Exception {
        TimeStampRequest request = new TimeStampRequest(requestBytes);
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(generator(), TSPAlgorithms.ALLOWED);
        return responses.generate(request, BigInteger.valueOf(serial++), new Date()).getEncoded();
    }

    private TimeStampTokenGenerator generator() throws Exception {
        DigestCalculator sha1 = new JcaDigestCalculatorProviderBuilder().build()
                .get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1));
        TimeStampTokenGenerator generator = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", pair.getPrivate(), certificate), sha1, new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        generator.addCertificates(new JcaCertStore(chain));
        return generator;
    }
}
