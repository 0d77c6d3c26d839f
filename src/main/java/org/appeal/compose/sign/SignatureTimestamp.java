package org.appeal.compose.sign;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;

/**
 * The RFC 3161 timestamp token a PAdES B-T signature carries as an unsigned attribute: when a
 * timestamp authority saw the signature, and who that authority is. Unsigned means the signature
 * does not protect it, so it is checked on its own: the authority's signature over the token
 * (with the certificate the token carries, which must have the critical timeStamping key usage)
 * and that the token's imprint is the hash of this very signature value. A flipped byte anywhere
 * in the token fails one of the two.
 *
 * <p>Whether the authority is one to trust is not judged, as for signers' certificates.
 *
 * @param time      when the authority says it saw the signature; null when the token cannot be read
 * @param authority the common name of the authority's certificate; null when unknown
 * @param problem   why the token does not hold, or null
 */
record SignatureTimestamp(Instant time, String authority, String problem) {
    boolean intact() {
        return problem == null;
    }

    /** The token of the first signer of a CMS signature value, if it has one. */
    static Optional<SignatureTimestamp> in(byte[] signatureValue) {
        SignerInformation signer;
        try {
            CMSSignedData cms = new CMSSignedData(signatureValue);
            Iterator<SignerInformation> signers = cms.getSignerInfos().getSigners().iterator();
            if (!signers.hasNext()) {
                return Optional.empty();
            }
            signer = signers.next();
        } catch (Exception unreadable) {
            // The signature's own check reports a value that cannot be read.
            return Optional.empty();
        }
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Optional.empty();
        }
        return Optional.of(check(attribute, signer.getSignature()));
    }

    private static SignatureTimestamp check(Attribute attribute, byte[] signatureBytes) {
        TimeStampToken token;
        try {
            ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
            token = new TimeStampToken(new CMSSignedData(value.toASN1Primitive().getEncoded()));
        } catch (Exception e) {
            return new SignatureTimestamp(null, null, "its timestamp token cannot be read (" + e.getMessage() + ")");
        }
        Instant time = token.getTimeStampInfo().getGenTime().toInstant();
        X509CertificateHolder certificate = authorityCertificate(token);
        if (certificate == null) {
            return new SignatureTimestamp(time, null,
                    "its timestamp token does not carry the certificate of the authority that signed it");
        }
        String authority;
        try {
            authority = CertificateNames.commonName(new JcaX509CertificateConverter().getCertificate(certificate));
        } catch (Exception e) {
            return new SignatureTimestamp(time, null, "its timestamp authority's certificate cannot be read ("
                    + e.getMessage() + ")");
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (Exception e) {
            return new SignatureTimestamp(time, authority, "its timestamp token does not hold: " + e.getMessage());
        }
        try {
            if (!imprintMatches(token, signatureBytes)) {
                return new SignatureTimestamp(time, authority,
                        "its timestamp token was made for another signature (the imprint does not match)");
            }
        } catch (Exception e) {
            return new SignatureTimestamp(time, authority, "its timestamp token's imprint cannot be checked: "
                    + e.getMessage());
        }
        return new SignatureTimestamp(time, authority, null);
    }

    @SuppressWarnings("unchecked")
    private static X509CertificateHolder authorityCertificate(TimeStampToken token) {
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        return matches.isEmpty() ? null : matches.iterator().next();
    }

    private static boolean imprintMatches(TimeStampToken token, byte[] signatureBytes) throws Exception {
        AlgorithmIdentifier algorithm = token.getTimeStampInfo().getHashAlgorithm();
        DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
        try (OutputStream out = digest.getOutputStream()) {
            out.write(signatureBytes);
        }
        return MessageDigest.isEqual(digest.getDigest(), token.getTimeStampInfo().getMessageImprintDigest());
    }
}
