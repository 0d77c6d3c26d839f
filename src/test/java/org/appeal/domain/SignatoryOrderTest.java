package org.appeal.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Made-up names, mixing Hangul and romanised forms as real sign-on lists do. */
class SignatoryOrderTest {
    private static Signatory person(String name, int position, LocalDate signed) {
        return new Signatory("p" + position, Signatory.Kind.INDIVIDUAL, position, name, "", "", "", signed, null);
    }

    private final List<Signatory> people = List.of(
            person("박지민", 1, LocalDate.of(2025, 7, 3)),
            person("Roberta Example", 2, null),
            person("kim Min-seok", 3, LocalDate.of(2025, 6, 30)),
            person("김가람", 4, LocalDate.of(2025, 7, 1)),
            person("Alan Zed", 5, LocalDate.of(2025, 7, 1)),
            person("Lee Jae-example", 6, null));

    @Test
    void byNameLatinBeforeHangulCaseInsensitiveHangulInDictionaryOrder() {
        assertThat(people.stream().sorted(SignatoryOrder.name()).map(Signatory::name)).containsExactly(
                "Alan Zed", "kim Min-seok", "Lee Jae-example", "Roberta Example", "김가람", "박지민");
    }

    @Test
    void byFamilyNameWesternNamesByLastWordKoreanNamesByFirst() {
        assertThat(people.stream().sorted(SignatoryOrder.familyName()).map(Signatory::name)).containsExactly(
                "Roberta Example", "kim Min-seok", "Lee Jae-example", "Alan Zed", "김가람", "박지민");
    }

    @Test
    void bySignOnDateUnknownLast() {
        assertThat(people.stream().sorted(SignatoryOrder.signedOn()).map(Signatory::name)).containsExactly(
                "kim Min-seok", "김가람", "Alan Zed", "박지민", "Roberta Example", "Lee Jae-example");
    }

    @Test
    void organisationsKeepTheirWholeName() {
        Signatory org = new Signatory("o", Signatory.Kind.ORGANISATION, 1, "Human Rights Watch", "HRW", "", "", null, null);
        assertThat(SignatoryOrder.sortKey(org)).isEqualTo("Human Rights Watch");
    }
}
