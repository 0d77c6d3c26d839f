package org.appeal.compose.sign;

import java.time.Instant;
import java.util.List;

/**
 * What verification found about one signature.
 *
 * @param fieldName           the signature field, such as "Signature1"
 * @param timestamp           whether it is a document timestamp (RFC 3161), which says when, not who
 * @param signer              the signing certificate's common name, or null when the signature is unreadable
 * @param signedAt            the signing time the signature claims, or null when it has none
 * @param intact              whether the signed bytes are unchanged, the signature matches the certificate, and
 *                            its byte range signs its whole revision but its own value
 * @param integrityProblem    why it is not intact, or null
 * @param coversWholeDocument whether the signature covers the file to its last byte
 * @param revision            the revision it signs, counted from 1 (the file as first written); for a value
 *                            that signs nothing, the revision that added it
 * @param revisions           how many revisions the file has
 * @param laterChanges        what the revisions after it changed beyond adding signatures; empty when nothing
 * @param timestampTime       when a timestamp authority saw the signature (its RFC 3161 token, PAdES B-T and up);
 *                            null when it carries no token or the token cannot be read
 * @param timestampAuthority  that authority's common name; null likewise
 */
public record SignatureCheck(String fieldName, boolean timestamp, String signer, Instant signedAt, boolean intact, String integrityProblem,
                             boolean coversWholeDocument, int revision, int revisions, List<String> laterChanges,
                             Instant timestampTime, String timestampAuthority) {
    public SignatureCheck {
        laterChanges = List.copyOf(laterChanges);
    }

    /** Whether everything appended after this signature only added signatures. */
    public boolean onlySignaturesAfter() {
        return laterChanges.isEmpty();
    }

    /** Intact, and nothing but signatures added after it. */
    public boolean valid() {
        return intact && onlySignaturesAfter();
    }
}
