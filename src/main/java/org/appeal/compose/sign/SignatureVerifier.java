package org.appeal.compose.sign;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every signature of a PDF: are its signed bytes intact, and did the revisions appended
 * after it do anything but add signatures?
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
            SignatureUtil signatures = new SignatureUtil(document);
            Map<Integer, List<String>> changesByRevision = new HashMap<>();
            List<SignatureCheck> checks = new ArrayList<>();
            for (String name : signatures.getSignatureNames()) {
                checks.add(check(name, signatures, revisions, changesByRevision, pdf));
            }
            return new VerificationReport(checks, revisions.count());
        } catch (IOException | ITextException e) {
            throw new SigningException("cannot read the PDF: " + e.getMessage(), e);
        }
    }

    private static SignatureCheck check(String name, SignatureUtil signatures, Revisions revisions,
                                        Map<Integer, List<String>> changesByRevision, byte[] pdf) throws IOException {
        String signer = null;
        Instant signedAt = null;
        boolean intact;
        String problem = null;
        try {
            PdfPKCS7 data = signatures.readSignatureData(name);
            signer = data.getSigningCertificate() == null ? null : CertificateNames.commonName(data.getSigningCertificate());
            signedAt = instant(data.getSignDate());
            intact = data.verifySignatureIntegrityAndAuthenticity();
            if (!intact) {
                problem = "the signed bytes were changed after signing";
            }
        } catch (GeneralSecurityException | ITextException e) {
            intact = false;
            problem = "the signature cannot be checked: " + e.getMessage();
        }
        long signedEnd = signedEnd(signatures.getSignature(name).getByteRange());
        int revision = revisions.containing(signedEnd);
        List<String> later = new ArrayList<>();
        if (revision < 0) {
            later.add("the signature claims bytes beyond the end of the file");
            revision = revisions.count() - 1;
        } else if (!onlyWhitespace(pdf, signedEnd, revisions.end(revision))) {
            // Unsigned bytes at the end of the signed revision (its cross-reference table) could
            // redirect objects without touching a signed byte.
            later.add("revision " + (revision + 1) + " ends with bytes the signature does not cover");
        }
        for (int next = revision + 1; next < revisions.count(); next++) {
            for (String change : changes(next, revisions, changesByRevision)) {
                later.add("revision " + (next + 1) + ": " + change);
            }
        }
        return new SignatureCheck(name, signer, signedAt, intact, problem, signatures.signatureCoversWholeDocument(name),
                revision + 1, revisions.count(), later);
    }

    private static List<String> changes(int revision, Revisions revisions, Map<Integer, List<String>> cache)
            throws IOException {
        List<String> known = cache.get(revision);
        if (known == null) {
            try {
                known = new RevisionComparison(revisions.document(revision - 1), revisions.document(revision))
                        .changesBeyondSignatures(revisions.written(revision));
            } catch (ITextException | ClassCastException e) {
                known = List.of("the update cannot be read (" + e.getMessage() + ")");
            }
            cache.put(revision, known);
        }
        return known;
    }

    private static long signedEnd(PdfArray byteRange) {
        if (byteRange == null || byteRange.size() < 4) {
            return Long.MAX_VALUE;
        }
        return byteRange.getAsNumber(2).longValue() + byteRange.getAsNumber(3).longValue();
    }

    private static boolean onlyWhitespace(byte[] pdf, long from, long to) {
        for (long i = from; i < to && i < pdf.length; i++) {
            byte b = pdf[(int) i];
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t' && b != '\f' && b != 0) {
                return false;
            }
        }
        return true;
    }

    private static Instant instant(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }
}
