package org.appeal.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Made-up signatories and letter texts. */
class ConsentTest {
    private final LetterDraft approved = new LetterDraft("Subject", LocalDate.of(2025, 10, 28), "We urge you.", null,
            LocalDate.of(2025, 7, 9));
    private final Signatory a = new Signatory("a", Signatory.Kind.ORGANISATION, 1, "A", "", "", "", null, null);
    private final Signatory b = new Signatory("b", Signatory.Kind.ORGANISATION, 2, "B", "", "", "", null, null);
    private final Signatory c = new Signatory("c", Signatory.Kind.ORGANISATION, 3, "C", "", "", "", null, null);

    @Test
    void aBodyEditFlagsWhoSignedTheEarlierText() {
        Map<String, String> approvals = Map.of("a", ApprovedText.fingerprint(approved), "b", ApprovedText.fingerprint(approved));
        LetterDraft edited = approved.withBody("We strongly urge you.");

        assertThat(Consent.of(approved, List.of(a, b, c), approvals)).containsExactly(
                Map.entry("a", Consent.Status.CURRENT_TEXT), Map.entry("b", Consent.Status.CURRENT_TEXT),
                Map.entry("c", Consent.Status.UNKNOWN));
        assertThat(Consent.toAskAgain(edited, List.of(a, b, c), approvals)).containsExactly(a, b);
    }

    @Test
    void movingTheDatesOrLayoutDoesNotAskAnyoneAgain() {
        Map<String, String> approvals = Map.of("a", ApprovedText.fingerprint(approved));
        LetterDraft moved = new LetterDraft(approved.subject(), LocalDate.of(2025, 11, 1), approved.body(), "other.html.vm",
                LocalDate.of(2025, 8, 1));

        assertThat(Consent.toAskAgain(moved, List.of(a), approvals)).isEmpty();
        assertThat(Consent.toAskAgain(new LetterDraft("Other subject", approved.date(), approved.body(), null, null),
                List.of(a), approvals)).containsExactly(a);
    }

    @Test
    void noRecordedApprovalIsUnknownNeverInvented() {
        assertThat(Consent.of(approved, List.of(a), Map.of())).containsEntry("a", Consent.Status.UNKNOWN);
        assertThat(ApprovedText.fingerprint(approved)).matches("[0-9a-f]{64}");
    }
}
