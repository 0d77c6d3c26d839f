package org.appeal.compose.sign;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.SignatureUtil;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every signature of a PDF: is it a proper signature of its revision (cryptography intact,
 * byte range over the whole revision but its own value), and did the revisions appended after it
 * do anything but add signatures?
 *
 * <p>Why not iText's {@code DocumentRevisionsValidator}: it gives one verdict for the whole file,
 * not one per signature; without a certification signature it allows any annotation change; and
 * it reports unexpected objects only as information. Appeal's promise is narrower (after a
 * signature, only signatures), so {@link RevisionComparison} checks exactly that.
 *
 * <p>Whether the certificate is trusted is not judged here: coalition members sign with their own
 * certificates, which no public authority has issued.
 */
public final class SignatureVerifier {
    public VerificationReport verify(byte[] pdf) throws SigningException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            Revisions revisions;
            try {
                revisions = Revisions.of(pdf);
            } catch (IOException | ITextException e) {
                return damaged(document, e);
            }
            try (revisions) {
                return verify(document, revisions, pdf);
            }
        } catch (IOException | ITextException e) {
            throw new SigningException("cannot read the PDF: " + e.getMessage(), e);
        }
    }

    private static VerificationReport verify(PdfDocument document, Revisions revisions, byte[] pdf) throws IOException {
        List<SignatureReading> readings = SignatureReading.all(document, revisions, pdf);
        Map<Integer, Set<Integer>> valid = new HashMap<>();
        for (SignatureReading reading : readings) {
            if (reading.valid()) {
                valid.computeIfAbsent(reading.revision(), r -> new HashSet<>()).add(reading.valueNumber());
            }
        }
        LaterChanges later = new LaterChanges(revisions, valid, document.getReader().hasRebuiltXref());
        boolean nothingAfterLast = revisions.unattachedBytes() == 0;
        List<SignatureCheck> checks = new ArrayList<>();
        for (SignatureReading reading : readings) {
            boolean wholeFile = reading.valid() && reading.revision() == revisions.count() - 1 && nothingAfterLast;
            SignatureTimestamp token = reading.token();
            checks.add(new SignatureCheck(reading.fieldName(), reading.timestamp(), reading.signer(), reading.signedAt(),
                    reading.valid(), reading.problem(), wholeFile, reading.revision() + 1, revisions.count(),
                    later.after(reading.revision()), token == null ? null : token.time(),
                    token == null ? null : token.authority()));
        }
        return new VerificationReport(checks, revisions.count(), ValidationData.of(document));
    }

    /**
     * A file that opens only once its cross-reference table is rebuilt, and whose revisions cannot
     * be told apart: what each signature signed is unknown, so none of them holds.
     */
    private static VerificationReport damaged(PdfDocument document, Exception cause) {
        String problem = "the file's revisions cannot be told apart (" + cause.getMessage() + "), so what it signed is unknown";
        List<SignatureCheck> checks = new ArrayList<>();
        // If even the signature fields cannot be read, the caller reports the file as unreadable.
        for (String name : new SignatureUtil(document).getSignatureNames()) {
            checks.add(new SignatureCheck(name, false, null, null, false, problem, false, 0, 0, List.of(), null, null));
        }
        return new VerificationReport(checks, 0, ValidationData.of(document));
    }
}
