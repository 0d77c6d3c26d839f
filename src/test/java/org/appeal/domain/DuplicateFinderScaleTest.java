package org.appeal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ten thousand made-up signatories: random combinations of name parts, standing for no one. */
class DuplicateFinderScaleTest {
    private static final List<String> FAMILIES = List.of("Kim", "Gim", "Lee", "Yi", "Park", "Bak", "Choi", "Choe",
            "Jung", "Jeong", "Kang", "Yoon", "Shin", "Hwang", "Han", "Oh", "Seo", "Kwon", "Song", "Ahn");
    private static final List<String> SYLLABLES = List.of("seo", "jun", "ha", "eun", "ji", "ho", "min", "yu", "na",
            "do", "hyun", "woo", "yeon", "su", "bin", "jae", "won", "hee", "tae", "kyung", "sol", "ah", "rin", "gyu");
    private static final List<String> WORDS = List.of("Example", "Rights", "Peace", "Justice", "Network", "Alliance",
            "Watch", "Centre", "Solidarity", "Forum", "Sample", "Relief", "Action", "Initiative", "Council", "Voices");

    @Test
    void amongTenThousandSignatoriesThePlantedDuplicatesAreFound() {
        Random random = new Random(20250709);
        List<Signatory> signatories = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String name = FAMILIES.get(random.nextInt(FAMILIES.size())) + " "
                    + capitalised(SYLLABLES.get(random.nextInt(SYLLABLES.size()))) + "-"
                    + SYLLABLES.get(random.nextInt(SYLLABLES.size()));
            signatories.add(new Signatory("p" + i, Signatory.Kind.INDIVIDUAL, i, name, "", "", "", null, null));
        }
        for (int i = 0; i < 4_998; i++) {
            String name = WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size())) + " "
                    + WORDS.get(random.nextInt(WORDS.size())) + " " + i;
            signatories.add(new Signatory("o" + i, Signatory.Kind.ORGANISATION, i, name, "", "", "", null, null));
        }
        signatories.add(new Signatory("planted-full", Signatory.Kind.ORGANISATION, 0,
                "Planted Example Coalition (PLEXC)", "", "", "", null, null));
        signatories.add(new Signatory("planted-short", Signatory.Kind.ORGANISATION, 0, "plexc", "", "", "", null, null));

        // Speed is a benchmark's business (figures vary 2x between machines); this checks the result.
        List<DuplicateSuggestion> found = new DuplicateFinder().suggest(signatories);

        assertThat(found).anySatisfy(s -> {
            assertThat(s.a().id()).isEqualTo("planted-full");
            assertThat(s.b().id()).isEqualTo("planted-short");
        });
        // 5,000 people from 20 x 24 x 24 name combinations share names often: those are real suggestions.
        assertThat(found).filteredOn(s -> s.reason() == DuplicateSuggestion.Reason.ROMANISATION_VARIANT).isNotEmpty();
        assertThat(found).allSatisfy(s -> assertThat(s.a().kind()).isEqualTo(s.b().kind()));
        // Every organisation name carries its own number, so only the planted pair is among organisations.
        assertThat(found).filteredOn(s -> s.a().kind() == Signatory.Kind.ORGANISATION).hasSize(1);
    }

    @Test
    void tenThousandOrganisationsWithTheSameInitialsAreNotComparedWithEachOther() {
        // Initials are only compared with names: a crowd of equal initials and no such name means no work.
        List<Signatory> signatories = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            signatories.add(new Signatory("o" + i, Signatory.Kind.ORGANISATION, i, "Example Rights Watch Area" + i,
                    "", "", "", null, null));
        }

        // Speed is a benchmark's business (figures vary 2x between machines); this checks the result.
        List<DuplicateSuggestion> found = new DuplicateFinder().suggest(signatories);

        assertThat(found).isEmpty();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
