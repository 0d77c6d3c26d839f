package org.appeal.compose.sign;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;

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
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
             Revisions revisions = Revisions.of(pdf)) {
            List<SignatureReading> readings = SignatureReading.all(document, revisions, pdf);
            Map<Integer, Set<Integer>> valid = new HashMap<>();
            for (SignatureReading reading : readings) {
                if (reading.valid()) {
                    valid.computeIfAbsent(reading.revision(), r -> new HashSet<>()).add(reading.valueNumber());
                }
            }
            LaterChanges later = new LaterChanges(revisions, valid, document.getReader().hasRebuiltXref());
            List<SignatureCheck> checks = new ArrayList<>();
            for (SignatureReading reading : readings) {
                boolean last = reading.revision() == revisions.count() - 1;
                checks.add(new SignatureCheck(reading.fieldName(), reading.timestamp(), reading.signer(), reading.signedAt(),
                        reading.valid(), reading.problem(), last && reading.valid() && revisions.unattachedBytes() == 0,
                        reading.revision() + 1,
                        revisions.count(), later.after(reading.revision())));
            }
            return new VerificationReport(checks, revisions.count());
        } catch (IOException | ITextException e) {
            throw new SigningException("cannot read the PDF: " + e.getMessage(), e);
        }
    }
}
