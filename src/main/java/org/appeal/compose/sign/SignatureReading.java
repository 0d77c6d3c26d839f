package org.appeal.compose.sign;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One signature as it stands in the revision it signs: who, when, whether the cryptography holds,
 * and whether its byte range is a proper one. The signature is read from that revision, not from
 * the final file, so values an update rewrote later (a reason, a time) do not pass for signed ones.
 *
 * @param fieldName   the signature field
 * @param timestamp   whether it is a document timestamp (RFC 3161) rather than a person's signature
 * @param signer      the signing certificate's common name, or null
 * @param signedAt    the time it claims, or null
 * @param problem     why it is not a valid signature of its revision, or null
 * @param revision    the revision it signs, counted from 0; for a value that signs nothing, the revision that wrote it
 * @param valueNumber which object holds it ({@link SignatureFields#valueNumber})
 * @param token       the timestamp token the signature carries (PAdES B-T and up), or null when it has none
 */
record SignatureReading(String fieldName, boolean timestamp, String signer, Instant signedAt, String problem,
                        int revision, int valueNumber, SignatureTimestamp token) {
    SignatureReading(String fieldName, boolean timestamp, String signer, Instant signedAt, String problem,
                     int revision, int valueNumber) {
        this(fieldName, timestamp, signer, signedAt, problem, revision, valueNumber, null);
    }

    /**
     * The signature formats ISO 32000-2 does not deprecate, which PAdES uses. A value in another
     * format (the SHA-1 ones, or a made-up name) may hold sound cryptography, but readers disagree
     * on what it means, so it does not count as a signature.
     */
    private static final Set<PdfName> KNOWN_FORMATS = Set.of(PdfName.Adbe_pkcs7_detached, PdfName.ETSI_CAdES_DETACHED,
            PdfName.ETSI_RFC3161);

    boolean valid() {
        return problem == null;
    }

    /** Every field of the final file that holds a signature value, readable or not, oldest first. */
    static List<SignatureReading> all(PdfDocument document, Revisions revisions, byte[] pdf) throws IOException {
        SignatureUtil signatures = new SignatureUtil(document);
        List<SignatureReading> readings = new ArrayList<>();
        for (String name : signatures.getSignatureNames()) {
            readings.add(read(name, signatures.getSignatureFormFieldDictionary(name), revisions, pdf));
        }
        PdfAcroForm form = PdfAcroForm.getAcroForm(document, false);
        if (form != null) {
            List<String> readable = signatures.getSignatureNames();
            for (Map.Entry<String, PdfFormField> entry : form.getAllFormFields().entrySet()) {
                PdfDictionary field = entry.getValue().getPdfObject();
                if (SignatureFields.isSignatureField(field) && SignatureFields.value(field) != null
                        && !readable.contains(entry.getKey())) {
                    readings.add(unreadable(entry.getKey(), field, revisions));
                }
            }
        }
        readings.sort(java.util.Comparator.comparingInt(SignatureReading::revision));
        return readings;
    }

    private static SignatureReading read(String name, PdfDictionary field, Revisions revisions, byte[] pdf)
            throws IOException {
        int valueNumber = SignatureFields.valueNumber(field);
        PdfDictionary value = field.getAsDictionary(PdfName.V);
        boolean timestamp = PdfName.DocTimeStamp.equals(value.getAsName(PdfName.Type))
                || PdfName.ETSI_RFC3161.equals(value.getAsName(PdfName.SubFilter));
        PdfName format = value.getAsName(PdfName.SubFilter);
        if (format != null && !KNOWN_FORMATS.contains(format)) {
            return new SignatureReading(name, timestamp, null, null, "its format (/SubFilter " + format + ") is not"
                    + " adbe.pkcs7.detached, ETSI.CAdES.detached or ETSI.RFC3161", Math.max(0, revisions.writing(valueNumber)), valueNumber);
        }
        PdfArray byteRange = value.getAsArray(PdfName.ByteRange);
        String rangeProblem = ByteRangeCheck.problem(byteRange, value.getAsString(PdfName.Contents), pdf);
        if (rangeProblem != null) {
            int revision = Math.max(0, revisions.writing(valueNumber));
            return new SignatureReading(name, timestamp, null, null, rangeProblem, revision, valueNumber);
        }
        ByteRangeCheck.Range range = ByteRangeCheck.range(byteRange);
        int revision = revisions.containing(range.end());
        List<String> problems = new ArrayList<>();
        if (revision < 0) {
            int last = revisions.count() - 1;
            return new SignatureReading(name, timestamp, null, null, "its byte range ends after the file's last revision",
                    last, valueNumber);
        }
        if (!revisions.onlyLineEnds(range.end(), revisions.end(revision))) {
            problems.add("its byte range leaves the last " + (revisions.end(revision) - range.end()) + " bytes of revision "
                    + (revision + 1) + " unsigned");
        }
        // Read the signature from the revision it signs: that is the dictionary that was signed.
        PdfDocument signed = revisions.document(revision);
        if (signed.getReader().hasRebuiltXref()) {
            problems.add("revision " + (revision + 1) + " is damaged (its cross-reference table had to be rebuilt)");
        }
        SignatureUtil util = new SignatureUtil(signed);
        if (!util.getSignatureNames().contains(name)) {
            problems.add("revision " + (revision + 1) + ", which its byte range covers, does not hold this signature");
            return new SignatureReading(name, timestamp, null, null, String.join("; ", problems), revision, valueNumber);
        }
        String signer = null;
        Instant signedAt = null;
        try {
            PdfPKCS7 data = util.readSignatureData(name);
            signer = data.getSigningCertificate() == null ? null : CertificateNames.commonName(data.getSigningCertificate());
            signedAt = data.getSignDate() == null ? null : data.getSignDate().toInstant();
            if (!data.verifySignatureIntegrityAndAuthenticity()) {
                problems.add(0, "the signed bytes were changed after signing");
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // A hostile signature value can trip the parser anywhere; it is then simply not a valid signature.
            problems.add(0, "the signature cannot be checked: " + e.getMessage());
        }
        if (problems.isEmpty() && !util.signatureCoversWholeDocument(name)) {
            problems.add("the gap in its byte range is not where its signature dictionary keeps its value (/Contents)");
        }
        // The token is outside what the signature signs, so it gets its own check.
        SignatureTimestamp token = timestamp ? null
                : SignatureTimestamp.in(util.getSignature(name).getContents().getValueBytes()).orElse(null);
        if (token != null && !token.intact()) {
            problems.add(token.problem());
        }
        return new SignatureReading(name, timestamp, signer, signedAt, problems.isEmpty() ? null : String.join("; ", problems),
                revision, valueNumber, token);
    }

    private static SignatureReading unreadable(String name, PdfDictionary field, Revisions revisions) {
        int valueNumber = SignatureFields.valueNumber(field);
        PdfObject value = SignatureFields.value(field);
        String problem;
        if (!(value instanceof PdfDictionary dictionary)) {
            problem = "its value is not a signature dictionary";
        } else if (!(dictionary.get(PdfName.Contents) instanceof PdfString)) {
            problem = "it has no signature value (/Contents), so it is no signature at all";
        } else {
            problem = "it has no byte range (/ByteRange), so it signs nothing";
        }
        int revision = Math.max(0, revisions.writing(valueNumber));
        return new SignatureReading(name, false, null, null, problem, revision, valueNumber);
    }
}
