package org.appeal.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appeal.domain.CitationSettings;
import org.appeal.domain.CitationSettings.Style;
import org.appeal.domain.CitationSettings.Way;
import org.junit.jupiter.api.Test;

class CitationRenderTest {
    private static final String THREE = "The Commission found crimes against humanity.[@coi-2014] The Republic of"
            + " Korea pledged cooperation.[@rok-pledges-2024, para. 8] The Assembly condemned abductions.[@a-res-79-181]";

    private final Renderer renderer = Fixtures.renderer();

    private String pdfText(String body, CitationSettings settings) throws Exception {
        return PdfText.withoutFooters(renderer.render(CitationFixtures.citing(body, settings), null,
                RenderOptions.DEFAULT).pdf()).replaceAll("[\\s\\u00A0]+", " ");
    }

    @Test
    void threeCitationsBecomeThreeNumberedFootnotesInChicagoNotesStyle() throws Exception {
        String text = pdfText(THREE, new CitationSettings(Way.FOOTNOTES, Style.CHICAGO_NOTES, false));

        assertThat(text).contains("crimes against humanity.1 The Republic of Korea pledged cooperation.2 The Assembly"
                + " condemned abductions.3");
        assertThat(text).containsSubsequence(
                "1. Human Rights Council, Report of the Commission of Inquiry on Human Rights in the Democratic"
                        + " People’s Republic of Korea, A/HRC/25/63 (n.d.), https://undocs.org/A/HRC/25/63.",
                "2. Permanent Mission of the Republic of Korea to the United Nations, Note Verbale Dated 28 June 2024"
                        + " from the Permanent Mission of the Republic of Korea to the United Nations Addressed to the"
                        + " President of the General Assembly (2024), para. 8.",
                "3. General Assembly resolution 79/181 of 17 December 2024, “Situation of human rights in the"
                        + " Democratic People's Republic of Korea”.");
    }

    @Test
    void threeCitationsBecomeThreeNumberedFootnotesInOscola() throws Exception {
        String text = pdfText(THREE, new CitationSettings(Way.FOOTNOTES, Style.OSCOLA, false));

        assertThat(text).containsSubsequence(
                "1. Human Rights Council, ‘Report of the Commission of Inquiry on Human Rights in the Democratic"
                        + " People’s Republic of Korea’ UN Doc A/HRC/25/63 <https://undocs.org/A/HRC/25/63>.",
                "2. Permanent Mission of the Republic of Korea to the United Nations, ‘Note Verbale Dated 28 June 2024"
                        + " from the Permanent Mission of the Republic of Korea to the United Nations Addressed to the"
                        + " President of the General Assembly’ (2024) para 8.",
                "3. UNGA Res 79/181 (17 December 2024) UN Doc A/RES/79/181.");
    }

    @Test
    void theEvidencesOwnPinpointIsUsedWhenTheCitationGivesNone() throws Exception {
        String text = pdfText("Pledged.[@rok-pledges-2024]", new CitationSettings(Way.ENDNOTES, Style.OSCOLA, false));

        assertThat(text).contains("Notes 1. Permanent Mission", "(2024) para 8.");
    }

    @Test
    void endnotesStandUnderNotesAndTheBibliographyListsTheCitedSources() throws Exception {
        RenderedLetter letter = renderer.render(CitationFixtures.citing(THREE,
                new CitationSettings(Way.ENDNOTES, Style.CHICAGO_NOTES, true)), null, RenderOptions.DEFAULT);

        assertThat(letter.html()).contains("<p class=\"notes-heading\">Notes</p>", "id=\"note-3\"",
                "<a href=\"#note-1\">1</a>", "<p class=\"bibliography-heading\">Sources</p>");
        String text = PdfText.withoutFooters(letter.pdf()).replaceAll("[\\s\\u00A0]+", " ");
        assertThat(text).containsSubsequence("Notes", "1. Human Rights Council", "2. Permanent Mission",
                "3. General Assembly resolution 79/181", "Sources",
                "General Assembly resolution 79/181 of 17 December 2024",
                "Human Rights Council. Report of the Commission of Inquiry");
    }

    @Test
    void anUnknownKeyBlocksTheRenderWithItsBodyLineAndColumn() {
        assertThatThrownBy(() -> renderer.render(CitationFixtures.citing("First line.\n\nAs found [@coi-2041].",
                CitationSettings.DEFAULT), null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("letter.md line 3, column 11: unknown citation key '@coi-2041': no evidence"
                                + " or source has it"));
    }

    @Test
    void aNoteCitationInALetterThatCitesWithLinksBlocks() {
        assertThatThrownBy(() -> renderer.render(CitationFixtures.citing("Found.[@coi-2014]",
                new CitationSettings(Way.LINKS, Style.CHICAGO_NOTES, false)), null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().contains("column 8", "write [the cited words](@coi-2014)"));
    }

    @Test
    void citedWordsLinkToTheSourceAndASourceWithoutUrlIsUnderlinedAndWarned() throws Exception {
        RenderedLetter letter = renderer.render(CitationFixtures.citing(
                "The [Commission of Inquiry](@coi-2014) and [resolution 79/181](@a-res-79-181) and\n"
                        + "[the Centre's assessment](@r2p-2022).", new CitationSettings(Way.LINKS, Style.CHICAGO_NOTES, false)),
                null, RenderOptions.DEFAULT);

        assertThat(letter.html()).contains(
                "<a href=\"https://undocs.org/A/HRC/25/63\"><u>Commission of Inquiry</u></a>",
                "<a href=\"https://undocs.org/A/RES/79/181\"><u>resolution 79/181</u></a>",
                "<u>the Centre's assessment</u>.").doesNotContain("@r2p-2022");
        assertThat(letter.warnings()).extracting(Problem::toString).contains("letter.md line 2, column 27: source"
                + " 'r2p-2022' has no URL or UN symbol: the words citing @r2p-2022 are underlined but link nowhere");
    }

    @Test
    void aCitedQuoteThatCannotBeCheckedIsAWarningNotAVerification() throws Exception {
        RenderedLetter letter = renderer.render(CitationFixtures.citing("Found.[@coi-2014] Pledged.[@rok-pledges-2024]",
                CitationSettings.DEFAULT), null, RenderOptions.DEFAULT);

        assertThat(letter.warnings()).extracting(Problem::toString).containsExactly("letter.md line 1, column 8:"
                + " quote @coi-2014: not checked: the text of source 'coi-report-2014' is not in the library");
    }

    @Test
    void escapedBracketsAndInsertedValuesNeverCite() throws Exception {
        String text = pdfText("Literal \\[@coi-2014] stays.", CitationSettings.DEFAULT);

        assertThat(text).contains("Literal [@coi-2014] stays.");
    }
}
