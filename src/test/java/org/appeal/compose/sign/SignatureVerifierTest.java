package org.appeal.compose.sign;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureVerifierTest {
    private static final Instant SIGNED_AT = Instant.parse("2025-10-28T09:30:00Z");

    @TempDir
    Path temp;

    private final PdfSigner signer = new PdfSigner(SamplePdf.fonts(), Clock.fixed(SIGNED_AT, ZoneOffset.UTC));
    private final SignatureVerifier verifier = new SignatureVerifier();

    private byte[] sign(byte[] pdf, String organisation) throws SigningException {
        SigningKey key = SigningKey.load(TestKeys.keystore(temp, organisation), TestKeys.PASSWORD.toCharArray());
        return signer.sign(pdf, key, SignatureAppearance.visible("Co-signing the letter", "Seoul"));
    }

    @Test
    void aSignedLetterVerifies() throws SigningException {
        VerificationReport report = verifier.verify(sign(SamplePdf.letter(), "Example Rights Watch"));

        assertThat(report.allValid()).isTrue();
        assertThat(report.revisions()).isEqualTo(2);
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.fieldName()).isEqualTo("Signature1");
            assertThat(check.signer()).isEqualTo("Example Rights Watch");
            assertThat(check.signedAt()).isEqualTo(SIGNED_AT);
            assertThat(check.intact()).isTrue();
            assertThat(check.integrityProblem()).isNull();
            assertThat(check.coversWholeDocument()).isTrue();
            assertThat(check.revision()).isEqualTo(2);
            assertThat(check.laterChanges()).isEmpty();
        });
    }

    @Test
    void twoOrganisationsSigningInTurnBothVerify() throws SigningException {
        byte[] twice = sign(sign(SamplePdf.letter(), "Example Rights Watch"), "북한인권시민연합");

        VerificationReport report = verifier.verify(twice);

        assertThat(report.allValid()).isTrue();
        assertThat(report.signatures()).extracting(SignatureCheck::signer)
                .containsExactly("Example Rights Watch", "북한인권시민연합");
        SignatureCheck first = report.signatures().get(0);
        assertThat(first.intact()).isTrue();
        assertThat(first.coversWholeDocument()).as("the second signature came after it").isFalse();
        assertThat(first.onlySignaturesAfter()).isTrue();
        assertThat(report.signatures().get(1).coversWholeDocument()).isTrue();
    }

    @Test
    void aFlippedByteInASignedPageIsCaught() throws SigningException {
        byte[] signed = sign(SamplePdf.letter(), "Example Rights Watch");

        VerificationReport report = verifier.verify(Tamper.flipByteInPageContent(signed, 1));

        assertThat(report.allValid()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.intact()).isFalse();
            assertThat(check.integrityProblem()).isEqualTo("the signed bytes were changed after signing");
        });
    }

    @Test
    void anUpdateThatChangesTheTextIsMoreThanSignatures() throws SigningException {
        byte[] signed = sign(SamplePdf.letter(), "Example Rights Watch");

        VerificationReport report = verifier.verify(Tamper.appendText(signed, "We withdraw our support."));

        assertThat(report.allValid()).isFalse();
        SignatureCheck check = report.signatures().get(0);
        assertThat(check.intact()).as("its own bytes are untouched").isTrue();
        assertThat(check.coversWholeDocument()).isFalse();
        assertThat(check.laterChanges()).containsExactly("revision 3: page 1 changed (/Contents, /Resources)");
    }

    @Test
    void aChangeBetweenTwoSignaturesBlamesOnlyTheEarlierOne() throws SigningException {
        byte[] edited = Tamper.appendText(sign(SamplePdf.letter(), "Example Rights Watch"), "An added line.");

        VerificationReport report = verifier.verify(sign(edited, "Sample Rights Network"));

        assertThat(report.signatures().get(0).laterChanges()).containsExactly("revision 3: page 1 changed (/Contents, /Resources)");
        assertThat(report.signatures().get(1).valid()).as("the second signer signed the edited letter").isTrue();
        assertThat(report.allValid()).isFalse();
    }

    @Test
    void anAddedNoteIsMoreThanSignatures() throws SigningException {
        byte[] signed = sign(SamplePdf.letter(), "Example Rights Watch");

        VerificationReport report = verifier.verify(Tamper.appendNote(signed, "Please reconsider"));

        assertThat(report.signatures().get(0).laterChanges())
                .containsExactly("revision 3: a Text annotation was added to page 1");
    }

    @Test
    void aLetterWithoutSignaturesSaysSo() throws SigningException {
        VerificationReport report = verifier.verify(SamplePdf.letter());

        assertThat(report.hasSignatures()).isFalse();
        assertThat(report.allValid()).isFalse();
        assertThat(report.revisions()).isEqualTo(1);
    }

    @Test
    void somethingThatIsNoPdfIsRefused() {
        assertThatThrownBy(() -> verifier.verify("Dear friends,".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SigningException.class)
                .hasMessageStartingWith("cannot read the PDF");
    }
}
