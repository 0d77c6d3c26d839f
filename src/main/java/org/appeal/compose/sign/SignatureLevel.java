package org.appeal.compose.sign;

/**
 * How much a signature carries with it (ETSI EN 319 142, PAdES baseline levels). Each level adds
 * to the one before; all but {@link #B} need a timestamp server.
 */
public enum SignatureLevel {
    /** The signature alone: its time is what the signer's computer said. */
    B,
    /** Plus a timestamp token from a timestamp authority: a trusted time the signature existed at. */
    T,
    /**
     * Plus the certificates and revocation data (CRLs, OCSP responses) needed to check it later,
     * in the PDF's document security store (DSS), so it can be checked after the certificate expired.
     */
    LT,
    /** Plus a document timestamp over all of that, which can be renewed before its own authority's certificate ends. */
    LTA;

    public boolean needsTimestampServer() {
        return this != B;
    }
}
