package org.appeal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names in two scripts, layout words with places, and translations of a letter. Every name here is
 * made up.
 */
class ScriptsAndTranslationsTest {
    private static final LetterDraft LETTER = new LetterDraft("Subject", LocalDate.of(2030, 1, 15), "Body.",
            LetterDraft.DEFAULT_TEMPLATE, null);
    private static final Campaign CAMPAIGN = new Campaign("c", "Made up", "en");

    @Test
    void aKoreanLetterTakesTheHangulFormAndAnyOtherTheRomanisedOneEachFallingBackToTheOther() {
        assertThat(Script.of("ko")).isEqualTo(Script.HANGUL);
        assertThat(Script.of("ko-KR")).isEqualTo(Script.HANGUL);
        assertThat(Script.of("en")).isEqualTo(Script.LATIN);
        assertThat(Script.HANGUL.pick("Kim Ye-si", "김예시")).isEqualTo("김예시");
        assertThat(Script.HANGUL.pick("김예시", "Kim Ye-si")).isEqualTo("김예시");
        assertThat(Script.LATIN.pick("김예시", "Kim Ye-si")).isEqualTo("Kim Ye-si");
        assertThat(Script.LATIN.pick("Kim Ye-si", "김예시")).isEqualTo("Kim Ye-si");
        assertThat(Script.HANGUL.pick("Kim Ye-si", "")).isEqualTo("Kim Ye-si");
        assertThat(Script.LATIN.pick("김예시", "")).isEqualTo("김예시");
        assertThat(Script.HANGUL.pick("", "김예시")).isEqualTo("김예시");
        assertThat(Script.HANGUL.pick(List.of("1 Example Road"), List.of("예시로 1", "예시시")))
                .containsExactly("예시로 1", "예시시");
    }

    @Test
    void aSignatoryIsPrintedFoundAndOrderedByBothForms() {
        Signatory kim = new Signatory("kim", Signatory.Kind.INDIVIDUAL, 1, "Kim Ye-si", "", "Professor", "", null,
                null, "", new SignatoryText("김예시", "", "교수"));
        Signatory adam = new Signatory("adam", Signatory.Kind.INDIVIDUAL, 2, "Adam Example", "", "", "", null, null);

        assertThat(kim.printedIn(Script.HANGUL)).extracting(Signatory::name, Signatory::title)
                .containsExactly("김예시", "교수");
        assertThat(kim.printedIn(Script.LATIN)).extracting(Signatory::name, Signatory::title)
                .containsExactly("Kim Ye-si", "Professor");
        assertThat(kim.mentions("김예")).isTrue();
        assertThat(kim.mentions("ye-si")).isTrue();
        Signatory zed = new Signatory("zed", Signatory.Kind.ORGANISATION, 3, "Zed Network", "", "", "", null, null,
                "", new SignatoryText("가나 연대", "", ""));
        Signatory able = new Signatory("able", Signatory.Kind.ORGANISATION, 4, "Able Group", "", "", "", null, null,
                "", new SignatoryText("하다 모임", "", ""));
        assertThat(List.of(zed, able).stream().sorted(SignatoryOrder.name(Script.LATIN)).map(Signatory::id))
                .containsExactly("able", "zed");
        assertThat(List.of(able, zed).stream().sorted(SignatoryOrder.name(Script.HANGUL)).map(Signatory::id))
                .containsExactly("zed", "able");
        assertThat(List.of(kim, adam).stream().sorted(SignatoryOrder.familyName(Script.LATIN)).map(Signatory::id))
                .containsExactly("adam", "kim");
    }

    @Test
    void aRecordStatingBothFormsIsMatchedWithOneInEitherScriptAndMergesKeepThem() {
        Signatory both = new Signatory("a", Signatory.Kind.INDIVIDUAL, 1, "Kim Ye-si", "", "", "", null, null, "",
                new SignatoryText("김예시", "", ""));
        Signatory hangul = new Signatory("b", Signatory.Kind.INDIVIDUAL, 2, "김예시", "", "", "", null, null);

        assertThat(new DuplicateFinder().suggest(List.of(both, hangul))).extracting(DuplicateSuggestion::reason)
                .contains(DuplicateSuggestion.Reason.HANGUL_ROMANISED);
        Signatory merged = SignatoryMerge.of(hangul.withSignatureImage("images/b.png"), both);
        assertThat(merged.alt().name()).isEqualTo("김예시");
        assertThat(merged.signatureImage()).isEqualTo("images/b.png");
    }

    @Test
    void aWordTakesOnlyItsPlacesAndFillsThemWithoutLeavingGaps() {
        assertThat(LetterWord.SALUTATION.problem("Dear {name},")).isEmpty();
        assertThat(LetterWord.CLOSING.problem("Yours, {name}")).contains("'closing' has no place {name} (it takes none)");
        assertThat(LetterWord.COPY.fill("{title} {name}", Map.of("name", "Sam Example", "title", "")))
                .isEqualTo("Sam Example");
        assertThat(LetterWord.ADDRESSEE.fill("{name}\n{title}", Map.of("name", "Sam Example", "title", "")))
                .isEqualTo("Sam Example");
        assertThat(LetterWord.byKey("signatories")).contains(LetterWord.SIGNATORIES);
    }

    @Test
    void aTranslationsVersionsLanguageAndProblems() {
        NamedLetter korean = new NamedLetter("letter-ko", LETTER.withLanguage("ko"), "letter");
        NamedLetter note = new NamedLetter("note", LETTER);
        CampaignData data = new CampaignData(CAMPAIGN, LETTER, List.of(), new SignatoryList(List.of()), List.of(),
                List.of(), List.of(), List.of(), List.of(note, korean));

        assertThat(data.versionsOf("letter-ko")).containsExactly("letter", "letter-ko");
        assertThat(data.versionIn("letter", "ko")).contains("letter-ko");
        assertThat(data.versionIn("letter", "en")).contains("letter");
        assertThat(data.languageOf("note")).contains("en");
        assertThat(TranslationRules.problems(CAMPAIGN, LETTER, List.of(note, korean))).isEmpty();
        assertThat(TranslationRules.problems(CAMPAIGN, LETTER, List.of(korean,
                new NamedLetter("ko-again", LETTER.withLanguage("ko"), "letter"),
                new NamedLetter("of-translation", LETTER.withLanguage("ja"), "letter-ko"),
                new NamedLetter("self", LETTER.withLanguage("ja"), "self"),
                new NamedLetter("same", LETTER, "letter")))).containsExactly(
                Map.entry("ko-again", "'letter-ko' is already the 'ko' version of 'letter'"),
                Map.entry("of-translation", "'letter-ko' is itself a translation (of 'letter'): name the original"),
                Map.entry("self", "a letter cannot be a translation of itself"),
                Map.entry("same", "it is in 'en', the language of 'letter' itself: set its language"));
    }
}
