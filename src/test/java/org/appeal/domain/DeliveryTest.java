package org.appeal.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryTest {
    // Made up: the hash of nothing in particular.
    private static final String SHA = "ab".repeat(32);
    private static final Instant AT = Instant.parse("2025-10-28T09:30:00Z");

    @Test
    void aSendingNeedsItsTimeItsSenderAndTheFilesHash() {
        assertThatThrownBy(() -> new Delivery("d1", "president", "letter", 1, Delivery.Channel.FAX,
                Delivery.Status.SENT, null, "kim", "+82 2-770-4721", "", "", SHA))
                .hasMessage("a delivery that is SENT needs the time it was sent");
        assertThatThrownBy(() -> new Delivery("d1", "president", "letter", 1, Delivery.Channel.FAX,
                Delivery.Status.CONFIRMED, AT, " ", "+82 2-770-4721", "", "", SHA))
                .hasMessage("a delivery that is CONFIRMED needs who sent it");
        assertThatThrownBy(() -> new Delivery("d1", "president", "letter", 1, Delivery.Channel.FAX,
                Delivery.Status.FAILED, AT, "kim", "+82 2-770-4721", "", "", ""))
                .hasMessage("a delivery that is FAILED needs the SHA-256 of the PDF that was sent");
    }

    @Test
    void aPlanNeedsNoneOfThem() {
        Delivery planned = new Delivery("d1", "president", "letter", null, Delivery.Channel.POST,
                Delivery.Status.PLANNED, null, null, null, null, null, null);

        assertThat(planned.by()).isEmpty();
        assertThat(planned.pdfSha256()).isEmpty();
        assertThat(planned.status().delivered()).isFalse();
    }

    @Test
    void theHashIsSixtyFourHexDigitsKeptInLowerCase() {
        Delivery d = new Delivery("d1", "president", "letter", 2, Delivery.Channel.EMAIL, Delivery.Status.SENT, AT,
                "kim", "x@example.invalid", "<id@example.invalid>", "", SHA.toUpperCase());

        assertThat(d.pdfSha256()).isEqualTo(SHA);
        assertThat(d.sent(SHA.toUpperCase())).isTrue();
        assertThatThrownBy(() -> new Delivery("d1", "president", "letter", 2, Delivery.Channel.EMAIL,
                Delivery.Status.SENT, AT, "kim", "", "", "", "abc"))
                .hasMessage("a SHA-256 is 64 hexadecimal digits, not 'abc'");
        assertThatThrownBy(() -> new Delivery("d1", "president", "letter", 0, Delivery.Channel.EMAIL,
                Delivery.Status.SENT, AT, "kim", "", "", "", SHA))
                .hasMessage("a letter version counts from 1, not 0");
    }

    @Test
    void aConfirmationKeepsWhatWasSent() {
        Delivery sent = new Delivery("d1", "president", "letter", 2, Delivery.Channel.FAX, Delivery.Status.SENT, AT,
                "kim", "+82 2-770-4721", "receipt 0042", "", SHA);

        Delivery confirmed = sent.withStatus(Delivery.Status.CONFIRMED, "office confirmed by phone");

        assertThat(confirmed).isEqualTo(new Delivery("d1", "president", "letter", 2, Delivery.Channel.FAX,
                Delivery.Status.CONFIRMED, AT, "kim", "+82 2-770-4721", "receipt 0042", "office confirmed by phone", SHA));
    }
}
