package org.appeal.compose.sign;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.List;

/**
 * The keys Appeal signs with: RSA, and EC on the NIST curves P-256, P-384 and P-521. Other keys
 * make signatures that common PDF readers cannot check: Poppler's pdfsig reports a DSA signature
 * as "Unknown Validation Failure" and an EC signature on secp256k1 or a Brainpool curve as
 * "Signature is Invalid" (seen with poppler-utils 22.12), and iText cannot sign with an EdDSA key
 * read from a PKCS#12 file. A letter whose signature its recipient cannot check is worth no more
 * than an unsigned one, so such keys are refused before signing.
 */
final class KeyTypes {
    static final String ACCEPTED = "Appeal signs with RSA keys, or EC keys on curve P-256, P-384 or P-521";

    private static final List<String> NIST_CURVES = List.of("secp256r1", "secp384r1", "secp521r1");

    private KeyTypes() {
    }

    /** Why {@code key} is refused, or null when Appeal signs with it. */
    static String refusal(PrivateKey key) {
        String algorithm = key.getAlgorithm();
        if ("RSA".equalsIgnoreCase(algorithm)) {
            return null;
        }
        if (("EC".equalsIgnoreCase(algorithm) || "ECDSA".equalsIgnoreCase(algorithm)) && key instanceof ECKey ec) {
            return nistCurve(ec.getParams()) ? null
                    : "is an EC key on a curve that PDF readers (Poppler's pdfsig among them) cannot check";
        }
        if ("DSA".equalsIgnoreCase(algorithm)) {
            return "is a DSA key, and PDF readers (Poppler's pdfsig among them) cannot check DSA signatures";
        }
        return "is a key of type " + algorithm + ", which Appeal cannot sign PDFs with";
    }

    private static boolean nistCurve(ECParameterSpec params) {
        for (String curve : NIST_CURVES) {
            try {
                AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
                parameters.init(new ECGenParameterSpec(curve));
                ECParameterSpec nist = parameters.getParameterSpec(ECParameterSpec.class);
                if (nist.getCurve().equals(params.getCurve()) && nist.getGenerator().equals(params.getGenerator())
                        && nist.getOrder().equals(params.getOrder())) {
                    return true;
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this Java lacks the standard curve " + curve, e);
            }
        }
        return false;
    }
}
