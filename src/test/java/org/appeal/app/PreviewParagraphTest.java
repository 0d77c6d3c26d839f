package org.appeal.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.appeal.compose.BodyParagraphs;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A point of the preview to the body paragraph it shows (issue 12), on the sample campaign's letter
 * (seeds/), rendered and read back as the preview does.
 */
class PreviewParagraphTest {
    private static String body;
    private static RenderedLetter letter;
    private static int pages;

    @BeforeAll
    static void render() throws Exception {
        CampaignData data = new BundleReader().read(Path.of("seeds/sample-campaign"));
        body = data.letter().body();
        letter = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary()).render(data, null,
                RenderOptions.DEFAULT);
        try (PDDocument document = Loader.loadPDF(letter.pdf())) {
            pages = document.getNumberOfPages();
        }
    }

    /** The page and height of the middle of the first printed line holding {@code words}. */
    private static double[] lineWith(String words) {
        for (int page = 0; page < pages; page++) {
            for (PrintedLines.Line line : PrintedLines.of(letter.pdf(), page)) {
                if (line.text().contains(words)) {
                    return new double[] {page, (line.top() + line.bottom()) / 2};
                }
            }
        }
        throw new AssertionError("no printed line holds " + words);
    }

    /** The body paragraph whose text holds {@code source}. */
    private static BodyParagraphs.Range paragraphWith(String source) {
        int at = body.indexOf(source);
        assertThat(at).as(source).isNotNegative();
        return BodyParagraphs.of(body).stream().filter(r -> r.start() <= at && at < r.end()).findFirst().orElseThrow();
    }

    private static Optional<BodyParagraphs.Range> clickOn(String printed) {
        double[] at = lineWith(printed);
        return PreviewParagraph.at(letter, body, (int) at[0], at[1]);
    }

    @Test
    void aLineOfTheBodyIsInTheParagraphThatPrintedIt() {
        assertThat(clickOn("into North Korea. The Ministry of Unification")).contains(paragraphWith("The Ministry of Unification"));
        assertThat(clickOn("The gravity of the human rights")).contains(paragraphWith("The gravity of the human"));
        // Lines that print references' values and cited words, as the letter prints them.
        assertThat(clickOn("South Korea returned to co-sponsoring")).contains(paragraphWith("$history.lastCosponsored.start"));
        assertThat(clickOn("South Korea has historically")).contains(paragraphWith("South Korea has historically"));
        assertThat(clickOn("Thank you.")).contains(paragraphWith("Thank you."));
        assertThat(clickOn("Commission of Inquiry on human rights in the DPRK")).contains(paragraphWith("The gravity of"));
        // The subject and the first paragraph share "North Korean human rights … at the 80th United Nations".
        assertThat(clickOn("sponsoring the annual draft resolution")).contains(paragraphWith("We urge your government"));
        assertThat(clickOn("Re: 2025 North Korean")).isEmpty();
    }

    @Test
    void theAddressTheSignatoriesAndTheMarginAreNotTheBody() {
        String firstSignatory = letter.html().replaceAll("(?s).*?<p class=\"signatory\">([^<(]+).*", "$1").strip();
        assertThat(clickOn(firstSignatory)).isEmpty();
        String addresseeLine = letter.html().replaceAll("(?s).*?<p class=\"lines\">([^<]+).*", "$1").strip();
        assertThat(clickOn(addresseeLine)).isEmpty();
        assertThat(PreviewParagraph.at(letter, body, 0, 2)).as("the top margin").isEmpty();
    }

    @Test
    void withFootnotesTheParagraphsAreFoundAndTheNotesAreNotTheBody() throws Exception {
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        String cited = sample.letter().body().replace("accountability efforts and mechanisms.",
                "accountability efforts and mechanisms.[@a-res-79-181]");
        CampaignData data = sample.withLetter(sample.letter().withBody(cited).withCitations(new CitationSettings(
                CitationSettings.Way.FOOTNOTES, CitationSettings.Style.CHICAGO_NOTES, false)));
        RenderedLetter withNotes = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary())
                .render(data, null, RenderOptions.DEFAULT);
        List<PrintedLines.Line> first = PrintedLines.of(withNotes.pdf(), 0);
        PrintedLines.Line citing = first.stream().filter(l -> l.text().contains("accountability efforts and mechanisms"))
                .findFirst().orElseThrow();
        PrintedLines.Line note = first.stream().filter(l -> l.text().contains("79/181")).reduce((a, b) -> b).orElseThrow();
        int at = cited.indexOf("Following these findings");
        BodyParagraphs.Range following = BodyParagraphs.of(cited).stream()
                .filter(r -> r.start() <= at && at < r.end()).findFirst().orElseThrow();

        assertThat(PreviewParagraph.at(withNotes, cited, 0, (citing.top() + citing.bottom()) / 2)).contains(following);
        assertThat(PreviewParagraph.at(withNotes, cited, 0, (note.top() + note.bottom()) / 2)).as(note.text()).isEmpty();
    }

    @Test
    void aKoreanLetterIsPlacedByItsWordsToo() throws Exception {
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        CampaignData korean = sample.withLetter(sample.otherLetters().stream().filter(l -> l.name().equals("letter-ko"))
                .findFirst().orElseThrow().letter());
        String koreanBody = korean.letter().body();
        RenderedLetter rendered = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary())
                .render(korean, null, RenderOptions.DEFAULT);
        PrintedLines.Line line = PrintedLines.of(rendered.pdf(), 0).stream()
                .filter(l -> l.text().contains("심각성은")).findFirst().orElseThrow();
        int at = koreanBody.indexOf("북한 인권 상황의 심각성은");
        BodyParagraphs.Range second = BodyParagraphs.of(koreanBody).stream()
                .filter(r -> r.start() <= at && at < r.end()).findFirst().orElseThrow();

        assertThat(PreviewParagraph.at(rendered, koreanBody, 0, (line.top() + line.bottom()) / 2)).contains(second);
    }

    @Test
    void aClickBetweenTwoLinesOfAParagraphFindsIt() {
        List<PrintedLines.Line> first = PrintedLines.of(letter.pdf(), (int) lineWith("into North Korea. The Ministry")[0]);
        int i = 0;
        while (!first.get(i).text().contains("into North Korea. The Ministry")) {
            i++;
        }
        double between = (first.get(i).bottom() + first.get(i + 1).top()) / 2;
        assertThat(PreviewParagraph.at(letter, body, (int) lineWith("into North Korea. The Ministry")[0], between))
                .contains(paragraphWith("The Ministry of Unification"));
    }
}
