package org.appeal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterWord;
import org.appeal.domain.Recipient;
import org.appeal.domain.RecipientText;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryText;
import org.junit.jupiter.api.Test;

/**
 * Names in both scripts: a Korean letter prints the Hangul forms where there are some, an English
 * letter the romanised ones, each falling back to the other; and layout words set by the campaign
 * and the letter win over the language's. Every name here is made up.
 */
class SecondScriptLetterTest {
    private static final Signatory ROMANISED_FIRST = new Signatory("kim", Signatory.Kind.INDIVIDUAL, 4,
            "Kim Ye-si", "", "Professor of Examples", "", null, null, "",
            new SignatoryText("김예시", "", "예시대학교 교수"));
    private static final Signatory HANGUL_FIRST = new Signatory("watch", Signatory.Kind.ORGANISATION, 2,
            "예시 인권 감시단", "예감", "", "", null, null, "", new SignatoryText("Example Rights Lookout", "ERL", ""));
    private static final Signatory ONE_SCRIPT = new Signatory("only", Signatory.Kind.ORGANISATION, 3,
            "Only Romanised Network", "ORN", "", "", null, null);

    private final Renderer renderer = Fixtures.renderer();

    private CampaignData campaign(String language) {
        CampaignData data = Fixtures.campaign("본문입니다.", ROMANISED_FIRST, HANGUL_FIRST, ONE_SCRIPT);
        List<Recipient> recipients = data.recipients().stream().map(r -> r.id().equals("to")
                ? r.withAlt(new RecipientText("예시 장관님", "예삼", "예시부 장관", "", List.of()))
                : r).toList();
        return data.withRecipients(recipients).withLetter(data.letter().withLanguage(language));
    }

    private String text(CampaignData data) throws Exception {
        return PdfText.withoutFooters(renderer.render(data, null, RenderOptions.DEFAULT).pdf()).replaceAll("\\s+", " ");
    }

    @Test
    void aKoreanLetterPrintsTheHangulFormsAndFallsBackToTheOthers() throws Exception {
        String text = text(campaign("ko"));

        assertThat(text).contains("예삼 예시부 장관 귀하", "예시 장관님께", "김예시 / 예시대학교 교수", "예시 인권 감시단 (예감)",
                "Only Romanised Network (ORN)", "1 Example Road")
                .doesNotContain("Kim Ye-si", "Example Rights Lookout", "Sam Example", "Minister of Examples");
    }

    @Test
    void anEnglishLetterPrintsTheRomanisedForms() throws Exception {
        String text = text(campaign("en"));

        assertThat(text).contains("Sam Example Minister of Examples", "Dear Minister Example,",
                        "Kim Ye-si / Professor of Examples", "Example Rights Lookout (ERL)", "Only Romanised Network (ORN)")
                .doesNotContain("김예시", "예시 인권 감시단", "예삼");
    }

    @Test
    void campaignAndLetterWordsOverrideTheLanguagesInThatOrder() throws Exception {
        CampaignData data = campaign("en");
        data = data.withCampaign(data.campaign().withWords(Map.of("en", Map.of(LetterWord.CLOSING, "Yours faithfully,",
                        LetterWord.GROUPS, "Organisations"), "ko", Map.of(LetterWord.GROUPS, "단체들"))))
                .withLetter(data.letter().withWords(Map.of(LetterWord.CLOSING, "With respect,",
                        LetterWord.SALUTATION, "To {name}:")));

        assertThat(text(data)).contains("To Minister Example:", "With respect,", "Organisations")
                .doesNotContain("Sincerely", "Yours faithfully", "Dear", "Groups", "단체들");
    }

    @Test
    void aLetterInALanguageWithoutWordsIsRefusedNamingTheFile() {
        CampaignData data = campaign("fr");

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RenderException.class,
                () -> renderer.render(data, null, RenderOptions.DEFAULT)).problems()).extracting(Object::toString)
                .contains("words/fr.properties: no layout words for the letter's language 'fr': add"
                        + " templates/words/fr.properties with the words of en.properties (" + LetterWord.keys() + ")");
    }
}
