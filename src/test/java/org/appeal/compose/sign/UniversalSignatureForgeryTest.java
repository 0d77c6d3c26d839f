package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNull;
import com.itextpdf.kernel.pdf.PdfString;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Universal signature forgery (Mladenov et al., "1 Trillion Dollar Refund", CCS 2019): a signature
 * field whose value only looks like a signature (no /Contents, an empty or zeroed one, garbage,
 * no byte range, a byte range of zeros, a null certificate, an unknown format), meant to make a
 * viewer show "signed" without any cryptography. Appeal must call each of them what it is, both
 * when it is the file's only signature and when it is appended after a real one. The letters and
 * the "Trusted Ministry" box are made up by the test.
 */
class UniversalSignatureForgeryTest {
    private static final String NO_CONTENTS = "it has no signature value (/Contents), so it is no signature at all";
    private static final String NO_RANGE = "it has no byte range (/ByteRange), so it signs nothing";
    private static final String CANNOT_CHECK = "the signature cannot be checked: ";

    private final SignatureVerifier verifier = new SignatureVerifier();

    /** A forged signature and what Appeal must say about it (a problem's beginning). */
    private record Forgery(Forger forger, String problem) {
    }

    private interface Forger {
        byte[] forge(byte[] pdf);
    }

    static Stream<Arguments> forgeries() {
        return Stream.of(
                forgery("a /Contents of zeros", value(new byte[512]), CANNOT_CHECK),
                forgery("a /Contents of garbage", value(garbage()), CANNOT_CHECK),
                forgery("an empty /Contents", empty(), CANNOT_CHECK),
                forgery("no /Contents at all", handMade(value -> value.remove(PdfName.Contents)), NO_CONTENTS),
                forgery("no /ByteRange", handMade(value -> value.remove(PdfName.ByteRange)), NO_RANGE),
                forgery("/ByteRange [0 0 0 0]", handMade(value -> value.put(PdfName.ByteRange, new PdfArray(new int[] {0, 0, 0, 0}))),
                        "its byte range [0, 0, 0, 0] signs nothing, or its parts overlap"),
                forgery("/ByteRange null", handMade(value -> value.put(PdfName.ByteRange, new PdfNull())), NO_RANGE),
                forgery("/Contents that is not a string", handMade(value -> value.put(PdfName.Contents, new PdfArray())), NO_CONTENTS),
                forgery("a null /Cert (adbe.x509.rsa_sha1)", tweaked(value -> {
                    value.put(PdfName.SubFilter, PdfName.Adbe_x509_rsa_sha1);
                    value.put(PdfName.Cert, new PdfNull());
                }), "its format (/SubFilter /adbe.x509.rsa_sha1) is not adbe.pkcs7.detached, ETSI.CAdES.detached or ETSI.RFC3161"),
                forgery("an unknown /SubFilter", tweaked(value -> value.put(PdfName.SubFilter, new PdfName("Appeal.forged"))),
                        "its format (/SubFilter /Appeal.forged) is not adbe.pkcs7.detached, ETSI.CAdES.detached or ETSI.RFC3161"),
                forgery("no /SubFilter", tweaked(value -> value.remove(PdfName.SubFilter)), CANNOT_CHECK),
                forgery("a value that is a string, not a dictionary", asString(), "its value is not a signature dictionary"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void aForgedSignatureAloneIsNotValid(Forgery forgery) throws SigningException {
        byte[] forged = forgery.forger().forge(MadeUpPdf.letter().pdf());

        VerificationReport report = verifier.verify(forged);

        assertThat(report.allValid()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.fieldName()).isEqualTo("Forged");
            assertThat(check.intact()).isFalse();
            assertThat(check.integrityProblem()).startsWith(forgery.problem());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void aForgedSignatureAfterARealOneIsAChangeThatIsNotASignature(Forgery forgery) throws SigningException {
        byte[] forged = forgery.forger().forge(Signing.byAppeal(MadeUpPdf.letter().pdf()));

        VerificationReport report = verifier.verify(forged);

        assertThat(report.allValid()).isFalse();
        assertThat(report.signatures()).extracting(SignatureCheck::fieldName).containsExactly("Signature1", "Forged");
        assertThat(report.signatures().get(0).intact()).isTrue();
        assertThat(report.signatures().get(0).laterChanges()).containsExactly(
                "revision 3: signature field 'Forged' on page 1 holds a value that is not a valid signature made in this revision");
        assertThat(report.signatures().get(1).integrityProblem()).startsWith(forgery.problem());
    }

    private static Arguments forgery(String name, Forger forger, String problem) {
        return Arguments.of(Named.of(name, new Forgery(forger, problem)));
    }

    /** A box in the margin claiming a signature, as a forger would draw it. */
    private static CustomSignature.Field box() {
        return CustomSignature.newField("Forged", MadeUpPdf.MARGIN,
                Annotations.appearance(MadeUpPdf.MARGIN, "BT /Helv 10 Tf 4 20 Td (Signed: Trusted Ministry) Tj ET"));
    }

    /** A properly laid out signature whose /Contents holds {@code bytes} instead of a signature. */
    private static Forger value(byte[] bytes) {
        return pdf -> CustomSignature.sign(pdf, box(), CustomSignature.PROPER, signed -> bytes, value -> { }, 1024);
    }

    private static Forger empty() {
        return pdf -> CustomSignature.sign(pdf, box(), CustomSignature.PROPER, signed -> new byte[0], value -> { }, 0);
    }

    /** A properly laid out real signature by a made-up key whose dictionary is then altered. */
    private static Forger tweaked(CustomSignature.Tweak tweak) {
        return pdf -> CustomSignature.sign(pdf, box(), CustomSignature.PROPER, CustomSignature.cms(Signing.second()), tweak, 8192);
    }

    /** A signature dictionary written with iText's objects alone, starting from plausible entries. */
    private static Forger handMade(CustomSignature.Tweak tweak) {
        return pdf -> Updates.append(pdf, document -> {
            PdfDictionary value = new PdfDictionary();
            value.put(PdfName.Type, PdfName.Sig);
            value.put(PdfName.Filter, PdfName.Adobe_PPKLite);
            value.put(PdfName.SubFilter, PdfName.ETSI_CAdES_DETACHED);
            value.put(PdfName.ByteRange, new PdfArray(new int[] {0, 100, 200, 300}));
            value.put(PdfName.Contents, new PdfString(garbage()).setHexWriting(true));
            tweak.apply(value);
            value.makeIndirect(document);
            try {
                box().place(document, value);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Forger asString() {
        return pdf -> Updates.append(pdf, document -> {
            try {
                box().place(document, new PdfDictionary());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            PdfArray annots = document.getPage(1).getPdfObject().getAsArray(PdfName.Annots);
            PdfDictionary widget = annots.getAsDictionary(annots.size() - 1);
            widget.put(PdfName.V, new PdfString("Signed by the Trusted Ministry"));
        });
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[256];
        new Random(9).nextBytes(bytes);
        return bytes;
    }
}
