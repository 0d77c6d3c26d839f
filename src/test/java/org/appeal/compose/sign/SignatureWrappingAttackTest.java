package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signature wrapping (Mladenov et al., CCS 2019): the signed bytes are real, but the byte range
 * leaves more unsigned than the signature's own value, or the signature value is moved or copied
 * so that what a viewer reads is not what was signed. Every signature here is real cryptography
 * by a made-up key, over made-up letters.
 */
class SignatureWrappingAttackTest {
    private final SignatureVerifier verifier = new SignatureVerifier();

    static Stream<Arguments> layouts() {
        return Stream.of(
                layout("a gap wider than the signature value", (gapStart, gapEnd, length) ->
                        new long[] {0, gapStart, gapEnd + 60, length - gapEnd - 60}, "the gap in its byte range (bytes "),
                layout("a second gap over the cross-reference section", (gapStart, gapEnd, length) ->
                        new long[] {0, gapStart, gapEnd, length - 120 - gapEnd, length - 60, 60},
                        "its byte range has 6 numbers instead of 4: a signature must sign the whole file but its own value"),
                layout("a range that skips the file's first bytes", (gapStart, gapEnd, length) ->
                        new long[] {30, gapStart - 30, gapEnd, length - gapEnd},
                        "its byte range starts at byte 30, not at the start of the file"),
                layout("a range that stops before its revision's end", (gapStart, gapEnd, length) ->
                        new long[] {0, gapStart, gapEnd, length - gapEnd - 40},
                        "its byte range leaves the last 40 bytes of revision 2 unsigned"),
                layout("a range that claims bytes past the end of the file", (gapStart, gapEnd, length) ->
                        new long[] {0, gapStart, gapEnd, length - gapEnd + 500},
                        "its byte range claims bytes beyond the end of the file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void aSignatureOverLessThanItsWholeRevisionIsNotIntact(CustomSignature.Layout layout, String problem)
            throws SigningException {
        byte[] wrapped = CustomSignature.sign(MadeUpPdf.letter().pdf(), Signing.second(),
                CustomSignature.newField("Signature1", MadeUpPdf.MARGIN, null), layout);

        VerificationReport report = verifier.verify(wrapped);

        assertThat(report.allValid()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.intact()).isFalse();
            assertThat(check.integrityProblem()).startsWith(problem);
        });
    }

    @Test
    void aWrappedSignatureAfterARealOneIsAChangeThatIsNotASignature() throws SigningException {
        byte[] wrapped = CustomSignature.sign(Signing.byAppeal(MadeUpPdf.letter().pdf()), Signing.second(),
                CustomSignature.newField("Signature2", MadeUpPdf.MARGIN, null),
                (gapStart, gapEnd, length) -> new long[] {0, gapStart, gapEnd + 60, length - gapEnd - 60});

        VerificationReport report = verifier.verify(wrapped);

        assertThat(report.signatures().get(0).laterChanges()).containsExactly("revision 3: signature field 'Signature2'"
                + " on page 1 holds a value that is not a valid signature made in this revision");
        assertThat(report.signatures().get(1).intact()).isFalse();
    }

    @Test
    void movingTheSecondSignedPartAndRewritingTheByteRangeBreaksTheSignature() throws SigningException {
        byte[] signed = Signing.byAppeal(MadeUpPdf.letter().pdf());
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        Matcher range = Pattern.compile("/ByteRange\\s*\\[(\\d+) (\\d+) (\\d+) (\\d+) ?\\]").matcher(text);
        assertThat(range.find()).isTrue();
        long gapStart = Long.parseLong(range.group(2));
        long gapEnd = Long.parseLong(range.group(3));
        long tail = Long.parseLong(range.group(4));
        // Malicious objects go where the second signed part was; the signed part moves behind them.
        byte[] inserted = "\n90 0 obj\n<</Type/Annot/Subtype/FreeText/Rect[72 690 372 720]/Contents(We oppose)>>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] moved = new byte[signed.length + inserted.length];
        System.arraycopy(signed, 0, moved, 0, (int) gapEnd);
        System.arraycopy(inserted, 0, moved, (int) gapEnd, inserted.length);
        System.arraycopy(signed, (int) gapEnd, moved, (int) gapEnd + inserted.length, (int) tail);
        String newRange = "/ByteRange[0 " + gapStart + " " + (gapEnd + inserted.length) + " " + tail + " ]";
        byte[] padded = String.format("%-" + range.group().length() + "s", newRange).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(padded, 0, moved, range.start(), padded.length);

        // The moved bytes also break the cross-reference offsets: the file may no longer read at all.
        // Either way, verification must never call it valid.
        try {
            VerificationReport report = verifier.verify(moved);
            assertThat(report.allValid()).isFalse();
            assertThat(report.signatures()).allSatisfy(check -> assertThat(check.intact()).isFalse());
        } catch (SigningException unreadable) {
            assertThat(unreadable).hasMessageStartingWith("cannot read the PDF");
        }
    }

    @Test
    void wideningTheGapOfARealSignatureBreaksIt() throws SigningException {
        byte[] signed = Signing.byAppeal(MadeUpPdf.letter().pdf());
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        Matcher range = Pattern.compile("/ByteRange\\s*\\[(\\d+) (\\d+) (\\d+) (\\d+) ?\\]").matcher(text);
        assertThat(range.find()).isTrue();
        long gapEnd = Long.parseLong(range.group(3));
        long tail = Long.parseLong(range.group(4));
        String wider = "/ByteRange[0 " + range.group(2) + " " + (gapEnd + 40) + " " + (tail - 40) + " ]";
        byte[] widened = signed.clone();
        byte[] padded = String.format("%-" + range.group().length() + "s", wider).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(padded, 0, widened, range.start(), padded.length);

        VerificationReport report = verifier.verify(widened);

        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.intact()).isFalse();
            assertThat(check.integrityProblem()).startsWith("the gap in its byte range");
        });
    }

    @Test
    void aCopiedSignatureValueWithAnotherTimeAndReasonIsALaterChange() throws SigningException {
        byte[] signed = Signing.byAppeal(MadeUpPdf.letter().pdf());
        Instant signedAt = verifier.verify(signed).signatures().get(0).signedAt();

        byte[] wrapped = Updates.append(signed, document -> {
            PdfDictionary widget = widget(document.getPage(1).getPdfObject().getAsArray(PdfName.Annots));
            PdfDictionary copy = new PdfDictionary(widget.getAsDictionary(PdfName.V));
            copy.put(PdfName.Reason, new PdfString("Withdrawing our support"));
            copy.put(PdfName.M, new PdfDate(longAgo()).getPdfObject());
            copy.makeIndirect(document);
            widget.put(PdfName.V, copy);
            widget.setModified();
        });

        VerificationReport report = verifier.verify(wrapped);
        assertThat(report.allValid()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.intact()).as("its signed bytes are untouched").isTrue();
            assertThat(check.signedAt()).as("the time comes from the signed revision").isEqualTo(signedAt);
            assertThat(check.laterChanges()).containsExactly("revision 3: signature field 'Signature1' on page 1 changed");
        });
    }

    @Test
    void aSignatureValueRewrittenInALaterRevisionIsALaterChange() throws SigningException {
        byte[] signed = Signing.byAppeal(MadeUpPdf.letter().pdf());
        Instant signedAt = verifier.verify(signed).signatures().get(0).signedAt();

        byte[] wrapped = Updates.append(signed, document -> {
            PdfDictionary value = widget(document.getPage(1).getPdfObject().getAsArray(PdfName.Annots))
                    .getAsDictionary(PdfName.V);
            value.put(PdfName.M, new PdfDate(longAgo()).getPdfObject());
            value.setModified();
        });

        VerificationReport report = verifier.verify(wrapped);
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.signedAt()).isEqualTo(signedAt);
            assertThat(check.laterChanges()).containsExactly("revision 3: the signature value of field 'Signature1' changed");
        });
    }

    @Test
    void aSecondFieldReusingTheFirstSignatureValueIsNotASignature() throws SigningException {
        byte[] signed = Signing.byAppeal(MadeUpPdf.letter().pdf());

        byte[] wrapped = Updates.append(signed, document -> {
            PdfDictionary original = widget(document.getPage(1).getPdfObject().getAsArray(PdfName.Annots));
            PdfDictionary copy = Annotations.signatureWidget(document, "Copy", MadeUpPdf.MARGIN,
                    Annotations.appearance(MadeUpPdf.MARGIN, "BT /Helv 10 Tf 4 20 Td (Signed: Example Rights Watch) Tj ET"));
            copy.put(PdfName.V, original.get(PdfName.V, false));
            Annotations.addToPage(document.getPage(1), copy);
            Annotations.addToForm(document, copy);
        });

        VerificationReport report = verifier.verify(wrapped);
        assertThat(report.signatures()).extracting(SignatureCheck::fieldName).containsExactlyInAnyOrder("Signature1", "Copy");
        SignatureCheck first = report.signatures().stream().filter(s -> s.fieldName().equals("Signature1")).findFirst().orElseThrow();
        SignatureCheck copy = report.signatures().stream().filter(s -> s.fieldName().equals("Copy")).findFirst().orElseThrow();
        assertThat(first.laterChanges()).containsExactly("revision 3: signature field 'Copy' on page 1 holds a value that is"
                + " not a valid signature made in this revision");
        assertThat(copy.intact()).isFalse();
        assertThat(copy.integrityProblem()).isEqualTo("revision 2, which its byte range covers, does not hold this signature");
    }

    private static Arguments layout(String name, CustomSignature.Layout layout, String problem) {
        return Arguments.of(Named.of(name, layout), problem);
    }

    private static PdfDictionary widget(PdfArray annots) {
        return annots.getAsDictionary(annots.size() - 1);
    }

    private static Calendar longAgo() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(Instant.parse("2019-01-01T00:00:00Z").toEpochMilli());
        return calendar;
    }
}
