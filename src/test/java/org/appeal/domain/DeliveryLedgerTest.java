package org.appeal.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Made-up recipients and deliveries. */
class DeliveryLedgerTest {
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);
    private static final List<Recipient> RECIPIENTS = List.of(
            new Recipient("one", Recipient.Role.TO, 1, "", "One", "", "", List.of(), "", "one@example.invalid"),
            new Recipient("two", Recipient.Role.CC, 2, "", "Two", "", "", List.of(), "+00 1", ""),
            new Recipient("three", Recipient.Role.CC, 3, "", "Three", "", "", List.of(), "", ""),
            new Recipient("four", Recipient.Role.CC, 4, "", "Four", "", "", List.of(), "", ""));

    private static Delivery delivery(String id, String recipient, String letter, Integer version, Delivery.Status status,
                                     String at, String sha) {
        return new Delivery(id, recipient, letter, version, Delivery.Channel.EMAIL, status,
                at == null ? null : Instant.parse(at), status == Delivery.Status.PLANNED ? "" : "kim", "", "", "",
                status == Delivery.Status.PLANNED ? "" : sha);
    }

    @Test
    void whoStillHasToGetTheLetterAndWhatWasSent() {
        List<Delivery> deliveries = List.of(
                delivery("d3", "one", "letter", 2, Delivery.Status.SENT, "2025-10-28T10:00:00Z", SHA_B),
                delivery("d1", "one", "letter", 1, Delivery.Status.FAILED, "2025-10-28T09:00:00Z", SHA_A),
                delivery("d2", "two", "letter", 2, Delivery.Status.FAILED, "2025-10-28T09:30:00Z", SHA_B),
                delivery("d4", "three", "letter", null, Delivery.Status.PLANNED, null, null),
                delivery("d5", "four", "briefing", null, Delivery.Status.CONFIRMED, "2025-10-28T11:00:00Z", SHA_A));

        DeliveryLedger ledger = DeliveryLedger.of(RECIPIENTS, deliveries, CampaignData.MAIN_LETTER);

        assertThat(ledger.entries()).extracting(e -> e.recipient().id() + ":" + e.state())
                .containsExactly("one:SENT", "two:FAILED", "three:PLANNED", "four:NOT_SENT");
        assertThat(ledger.stillToGet()).extracting(e -> e.recipient().id()).containsExactly("two", "three", "four");
        assertThat(ledger.entries().get(0).deliveries()).extracting(Delivery::id).containsExactly("d1", "d3");
        assertThat(ledger.entries().get(0).latest()).map(Delivery::id).contains("d3");
        assertThat(ledger.deliveries(Set.of(Delivery.Status.FAILED))).extracting(Delivery::id).containsExactly("d1", "d2");
        assertThat(ledger.deliveries(Set.of())).extracting(Delivery::id).containsExactly("d1", "d2", "d3", "d4");
        assertThat(ledger.sentFile(SHA_B)).extracting(Delivery::id).containsExactly("d2", "d3");
    }

    @Test
    void aConfirmationOutranksALaterFailureAndEarlierTextsAreNoticed() {
        List<Delivery> deliveries = List.of(
                delivery("d1", "one", "letter", 1, Delivery.Status.CONFIRMED, "2025-10-20T09:00:00Z", SHA_A),
                delivery("d2", "one", "letter", 2, Delivery.Status.FAILED, "2025-10-28T09:00:00Z", SHA_B),
                delivery("d3", "two", "letter", null, Delivery.Status.SENT, "2025-10-20T09:00:00Z", SHA_A));

        DeliveryLedger ledger = DeliveryLedger.of(RECIPIENTS, deliveries, CampaignData.MAIN_LETTER);

        DeliveryLedger.Entry one = ledger.entries().get(0);
        assertThat(one.state()).isEqualTo(DeliveryLedger.State.CONFIRMED);
        assertThat(one.hasOnlyEarlierVersions(2)).isTrue();
        assertThat(one.hasOnlyEarlierVersions(1)).isFalse();
        // Version unknown: it may be the current text, so it is not called an earlier one.
        assertThat(ledger.entries().get(1).hasOnlyEarlierVersions(2)).isFalse();
    }
}
