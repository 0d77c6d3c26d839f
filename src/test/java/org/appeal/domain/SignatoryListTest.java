package org.appeal.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Made-up signatories; dates chosen around a letter listing signatories as of 9 July 2025. */
class SignatoryListTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 9);

    private static Signatory org(String id, int position, LocalDate signed, LocalDate withdrawn) {
        return new Signatory(id, Signatory.Kind.ORGANISATION, position, id, "", "", "", signed, withdrawn);
    }

    private static Signatory person(String id, int position) {
        return new Signatory(id, Signatory.Kind.INDIVIDUAL, position, id, "", "Title", "", null, null);
    }

    @Test
    void listsWhoSignedByTheDayAndHasNotWithdrawn() {
        SignatoryList list = new SignatoryList(List.of(
                org("unknown-date", 1, null, null),
                org("signed-before", 2, AS_OF.minusDays(3), null),
                org("signed-that-day", 3, AS_OF, null),
                org("signed-later", 4, AS_OF.plusDays(1), null),
                org("withdrawn-earlier", 5, AS_OF.minusDays(30), AS_OF.minusDays(1)),
                org("withdrawn-that-day", 6, null, AS_OF),
                org("withdrawn-later", 7, AS_OF.minusDays(30), AS_OF.plusDays(5))));

        assertThat(list.asOf(AS_OF).organisations()).extracting(Signatory::id)
                .containsExactly("unknown-date", "signed-before", "signed-that-day", "withdrawn-later");
    }

    @Test
    void keepsListPositionOrderNotAlphabeticalAndSeparatesIndividuals() {
        SignatoryList list = new SignatoryList(List.of(
                person("Roberta", 22), org("Zeta", 2, null, null), person("Alton", 21), org("Alpha", 5, null, null)));

        SignatoriesAsOf listed = list.asOf(AS_OF);

        assertThat(listed.organisations()).extracting(Signatory::id).containsExactly("Zeta", "Alpha");
        assertThat(listed.individuals()).extracting(Signatory::id).containsExactly("Alton", "Roberta");
        assertThat(listed.count()).isEqualTo(4);
    }

    @Test
    void withdrawingKeepsTheRecord() {
        Signatory s = org("a", 1, null, null);
        Signatory withdrawn = s.withdrawn(AS_OF);

        assertThat(withdrawn.withdrawnOnDate()).contains(AS_OF);
        assertThat(withdrawn.isSignedAsOf(AS_OF.minusDays(1))).isTrue();
        assertThat(withdrawn.isSignedAsOf(AS_OF)).isFalse();
    }
}
