package org.appeal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.appeal.domain.DuplicateSuggestion.Reason;
import org.junit.jupiter.api.Test;

/**
 * All names are made up: organisations that do not exist, and individuals put together from common
 * Korean name parts that stand for no one in particular.
 */
class DuplicateFinderTest {
    private final DuplicateFinder finder = new DuplicateFinder();

    private static Signatory org(String id, String name) {
        return org(id, name, "");
    }

    private static Signatory org(String id, String name, String acronym) {
        return new Signatory(id, Signatory.Kind.ORGANISATION, 0, name, acronym, "", "", null, null);
    }

    private static Signatory person(String id, String name) {
        return new Signatory(id, Signatory.Kind.INDIVIDUAL, 0, name, "", "", "", null, null);
    }

    private List<DuplicateSuggestion> suggest(Signatory... signatories) {
        return finder.suggest(List.of(signatories));
    }

    @Test
    void sameNameUpToCasePunctuationSpacingAndTrailingAcronym() {
        List<DuplicateSuggestion> found = suggest(
                org("a", "Coalition for Example Rights"),
                org("b", "coalition  for example-rights."),
                org("c", "Coalition for Example Rights (CFER)"),
                org("d", "Coalition for Sample Rights"));

        assertThat(found).extracting(s -> s.a().id(), s -> s.b().id(), DuplicateSuggestion::reason)
                .containsExactly(
                        tuple("a", "b", Reason.SAME_NORMALISED_NAME),
                        tuple("a", "c", Reason.SAME_NORMALISED_NAME),
                        tuple("b", "c", Reason.SAME_NORMALISED_NAME));
        assertThat(found.get(0).explanation())
                .isEqualTo("'Coalition for Example Rights' and 'coalition  for example-rights.' differ only in"
                        + " case, punctuation, spacing or a trailing acronym");
    }

    @Test
    void normalisesUnicodeCompositionAndCase() {
        // "é" precomposed against "e" + combining acute; Hangul syllables against separate jamo.
        List<DuplicateSuggestion> found = suggest(
                org("a", "Réseau Exemple"), org("b", "RE\u0301SEAU EXEMPLE"),
                person("c", "김서준"), person("d", "\u1100\u1175\u11B7\u1109\u1165\u110C\u116E\u11AB"));

        assertThat(found).extracting(s -> s.a().id() + s.b().id()).containsExactly("ab", "cd");
    }

    @Test
    void acronymInParenthesesOrFieldAgainstNameOrAcronym() {
        List<DuplicateSuggestion> found = suggest(
                org("full", "Example Rights Watch (ERW)"),
                org("short", "ERW"),
                org("field", "Watchers of Example Rights", "E.R.W."),
                org("other", "Example Relief Works"));

        assertThat(found).extracting(s -> s.a().id(), s -> s.b().id(), DuplicateSuggestion::reason,
                        DuplicateSuggestion::explanation)
                .containsExactly(
                        tuple("full", "short", Reason.ACRONYM_MATCH,
                                "'ERW' is the acronym of 'Example Rights Watch (ERW)'"),
                        tuple("full", "field", Reason.ACRONYM_MATCH,
                                "'Example Rights Watch (ERW)' and 'Watchers of Example Rights' both use the acronym ERW"),
                        tuple("short", "field", Reason.ACRONYM_MATCH,
                                "'ERW' is the acronym of 'Watchers of Example Rights'"),
                        tuple("short", "other", Reason.ACRONYM_MATCH,
                                "'ERW' is the initials of 'Example Relief Works'"));
    }

    @Test
    void initialsSkipMinorWordsAndIgnoreCase() {
        List<DuplicateSuggestion> found = suggest(
                org("full", "Network for Peace and Justice in the Example Region"),
                org("short", "npjer"),
                org("near-miss", "NPJ"));

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.a().id()).isEqualTo("full");
            assertThat(s.b().id()).isEqualTo("short");
            assertThat(s.reason()).isEqualTo(Reason.ACRONYM_MATCH);
        });
    }

    @Test
    void initialsOfTwoFullNamesAreNotEvidence() {
        assertThat(suggest(org("a", "Example Rights Watch"), org("b", "Example Relief Works"))).isEmpty();
    }

    @Test
    void familyNameRomanisationVariants() {
        List<DuplicateSuggestion> found = suggest(
                person("kim", "Kim Seo-jun"), person("gim", "Gim Seojun"),
                person("lee", "Lee Ha-eun"), person("yi", "Yi Ha Eun"), person("rhee", "Rhee Haeun"),
                person("i", "I Ha-eun"),
                person("park", "Park Ji-ho"), person("pak", "Pak Ji-ho"), person("bak", "Bak Jiho"),
                person("choi", "Choi Yu-na"), person("choe", "Choe Yu-na"));

        assertThat(found).allSatisfy(s -> assertThat(s.reason()).isEqualTo(Reason.ROMANISATION_VARIANT));
        assertThat(found).extracting(s -> s.a().id() + "=" + s.b().id()).containsExactly(
                "kim=gim",
                "lee=yi", "lee=rhee", "lee=i", "yi=rhee", "yi=i", "rhee=i",
                "park=pak", "park=bak", "pak=bak",
                "choi=choe");
        assertThat(found.get(0).explanation()).isEqualTo("'Kim Seo-jun' and 'Gim Seojun' spell the family name"
                + " Kim and Gim, romanisations of the same Korean name, and the same given name");
    }

    @Test
    void familyNameFirstOrLast() {
        List<DuplicateSuggestion> found = suggest(person("ko", "Yoon Da-bin"), person("west", "Da-bin Yun"));

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(Reason.ROMANISATION_VARIANT);
            assertThat(s.explanation()).endsWith("; one puts the family name first, the other last");
        });
    }

    @Test
    void differentGivenNamesOrFamiliesAreDifferentPeople() {
        assertThat(suggest(
                person("a", "Kim Seo-jun"), person("b", "Kim Seo-yeon"),
                person("c", "Lee Seo-jun"), person("d", "Seojun Park"),
                person("e", "Seo-jun Hwang"), person("f", "Hwang Seo-jun"))).isEmpty();
    }

    @Test
    void organisationsAndIndividualsAreNeverPaired() {
        assertThat(suggest(
                org("org", "Kim Seo-jun"), person("person", "Kim Seo-jun"),
                org("org-acronym", "Example Rights Watch", "KSJ"), person("initials", "KSJ"))).isEmpty();
    }

    @Test
    void hangulAndRomanisedFormsOfOneRecordMatchEitherForm() {
        List<DuplicateSuggestion> found = suggest(
                person("both", "김서준 (Kim Seo-jun)"),
                person("hangul", "김서준"),
                person("latin", "Kim Seo-jun"),
                person("variant", "Gim Seojun"),
                person("other", "김서연"));

        assertThat(found).extracting(s -> s.a().id() + "=" + s.b().id(), DuplicateSuggestion::reason)
                .containsExactly(
                        tuple("both=hangul", Reason.HANGUL_ROMANISED),
                        tuple("both=latin", Reason.HANGUL_ROMANISED),
                        tuple("both=variant", Reason.HANGUL_ROMANISED),
                        tuple("latin=variant", Reason.ROMANISATION_VARIANT));
        assertThat(found.get(2).explanation()).isEqualTo("'김서준 (Kim Seo-jun)' is written in Hangul and romanised;"
                + " 'Gim Seojun' matches its form 'Kim Seo-jun' as a romanisation variant");
    }

    @Test
    void latinFirstBilingualNamesAndOrganisations() {
        List<DuplicateSuggestion> found = suggest(
                person("latin-first", "Park Ji-ho (박지호)"), person("hangul", "박지호"),
                org("org-both", "예시인권연대 (Example Rights Solidarity)"), org("org-latin", "Example Rights Solidarity"),
                // A Hangul name with an acronym in parentheses is not a bilingual name: the acronym rule reads it.
                org("org-acronym", "예시연대 (EXR)"), org("exr", "EXR"));

        assertThat(found).extracting(s -> s.a().id() + "=" + s.b().id(), DuplicateSuggestion::reason)
                .containsExactly(
                        tuple("latin-first=hangul", Reason.HANGUL_ROMANISED),
                        tuple("org-both=org-latin", Reason.HANGUL_ROMANISED),
                        tuple("org-acronym=exr", Reason.ACRONYM_MATCH));
    }

    @Test
    void eachPairIsSuggestedOnceForTheFirstRuleThatFindsIt() {
        // Same normalised name, and also acronym against acronym: reported once, as the stronger reason.
        List<DuplicateSuggestion> found = suggest(
                org("a", "Example Rights Watch", "ERW"), org("b", "EXAMPLE RIGHTS WATCH (ERW)"));

        assertThat(found).singleElement().extracting(DuplicateSuggestion::reason)
                .isEqualTo(Reason.SAME_NORMALISED_NAME);
    }

    @Test
    void emptyNamesAndEmptyListsGiveNothing() {
        assertThat(finder.suggest(List.of())).isEmpty();
        assertThat(suggest(org("a", ""), org("b", "  "), person("c", "-"), person("d", "."))).isEmpty();
    }
}
