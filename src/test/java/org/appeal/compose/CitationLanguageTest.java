package org.appeal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.CitationSettings.Style;
import org.appeal.domain.CitationSettings.Way;
import org.junit.jupiter.api.Test;

/**
 * Notes follow the letter's language (the CSL locale and the words of UN resolution notes and
 * pinpoints), and a source cited again gets the style's short form. The sources are those of
 * {@link CitationFixtures}; the letters are made up.
 */
class CitationLanguageTest {
    private static final String AGAIN = "Found.[@coi-2014] Pledged.[@rok-pledges-2024] Condemned.[@a-res-79-181]"
            + " Found again.[@coi-2014, para. 12] Condemned again.[@a-res-79-181, para. 5]";
    private static final String KOREAN = "조사했습니다.[@coi-2014] 약속했습니다.[@rok-pledges-2024] 규탄했습니다.[@a-res-79-181]"
            + " 다시 조사했습니다.[@coi-2014, para. 12] 다시 규탄했습니다.[@a-res-79-181, para. 5]";

    private final Renderer renderer = Fixtures.renderer();

    private String notes(String body, String language, Style style) throws Exception {
        CampaignData data = CitationFixtures.citing(body, new CitationSettings(Way.ENDNOTES, style, true));
        data = data.withLetter(data.letter().withLanguage(language));
        return PdfText.withoutFooters(renderer.render(data, null, RenderOptions.DEFAULT).pdf())
                .replaceAll("[\\s\\u00A0]+", " ");
    }

    @Test
    void aSourceCitedAgainGetsChicagosShortenedNote() throws Exception {
        String text = notes(AGAIN, "en", Style.CHICAGO_NOTES);

        assertThat(text).containsSubsequence(
                "1. Human Rights Council, Report of the Commission of Inquiry on Human Rights in the Democratic"
                        + " People’s Republic of Korea, A/HRC/25/63 (n.d.), https://undocs.org/A/HRC/25/63.",
                "3. General Assembly resolution 79/181 of 17 December 2024, “Situation of human rights in the"
                        + " Democratic People's Republic of Korea”.",
                "4. Human Rights Council, Report of the Commission of Inquiry on Human Rights in the Democratic"
                        + " People’s Republic of Korea, para. 12.",
                "5. General Assembly resolution 79/181, para. 5.");
    }

    @Test
    void oscolasShortFormAndIbidWithItsPinpoint() throws Exception {
        String text = notes("Found.[@coi-2014] Found there.[@coi-2014, para. 12] Pledged.[@rok-pledges-2024]"
                + " Found again.[@coi-2014, para. 20]", "en", Style.OSCOLA);

        assertThat(text).containsSubsequence("1. Human Rights Council, ‘Report of the Commission",
                "2. ibid 12.", "3. Permanent Mission", "4. Human Rights Council (n 1) para 20.");
    }

    @Test
    void aKoreanLettersNotesUseTheKoreanLocaleAndKoreanResolutionNotes() throws Exception {
        String text = notes(KOREAN, "ko", Style.CHICAGO_NOTES);

        assertThat(text).containsSubsequence(
                "주 1. Human Rights Council, Report of the Commission of Inquiry on Human Rights in the Democratic"
                        + " People’s Republic of Korea, A/HRC/25/63 (일자 없음), https://undocs.org/A/HRC/25/63.",
                "2. Permanent Mission of the Republic of Korea to the United Nations,",
                "(2024년), 제8단락.",
                "3. 유엔 총회 결의 79/181호(2024년 12월 17일), “Situation of human rights in the Democratic People's"
                        + " Republic of Korea”.",
                "4. Human Rights Council, Report of the Commission of Inquiry on Human Rights in the Democratic"
                        + " People’s Republic of Korea, 제12단락.",
                "5. 유엔 총회 결의 79/181호, 제5단락.",
                "참고 자료", "유엔 총회 결의 79/181호(2024년 12월 17일), “Situation of human rights");
        assertThat(text).doesNotContain("n.d.", "General Assembly resolution", "para.", "Notes", "Sources");
    }

    @Test
    void theStylesConditionsCiteprocJavaCannotTestAreRewrittenAndCheckedToStandAlone() throws Exception {
        String chicago = CitationStyles.xml(Style.CHICAGO_NOTES);

        assertThat(chicago).doesNotContain("position=\"subsequent\"", "disambiguate=\"true\"")
                .contains("<if position=\"first\" match=\"none\">");
        assertThat(CitationStyles.xml(Style.OSCOLA)).doesNotContain("position=\"ibid-with-locator\"")
                .contains("<if position=\"ibid\" variable=\"locator\">");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CitationStyles.rewritten(
                        "<if position=\"subsequent\" type=\"book\">"))
                .hasMessageContaining("beside another condition");
    }
}
