package org.appeal.compose;

import org.appeal.domain.CampaignData;
import org.appeal.domain.Resolution;
import org.appeal.domain.UnBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.appeal.compose.HistoryViewsTest.inLanguage;
import static org.appeal.compose.HistoryViewsTest.withRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sample letter's history sentences come from its records, and the history table partial. */
class HistoryRenderingTest {
    private static final String HISTORY_LAYOUT = "history-test.html.vm";

    private final Renderer renderer = Fixtures.renderer();
    private static CampaignData sample;

    @TempDir
    static Path templates;

    @BeforeAll
    static void setUp() throws Exception {
        HistoryViewsTest.readSample();
        sample = HistoryViewsTest.sample;
        copy(Path.of("templates"), templates);
        // A layout of the kind a coalition might add: the body, then the resolution history table.
        Files.writeString(templates.resolve(HISTORY_LAYOUT), """
                <!DOCTYPE html>
                <html lang="$campaign.language"><head><meta charset="UTF-8"/><title>t</title>
                <link rel="stylesheet" href="letter.css"/></head>
                <body>
                <div class="body">$letter.body</div>
                #parse("partials/history-table.vm")
                </body></html>
                """);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private String text(CampaignData data) throws Exception {
        return PdfText.withoutFooters(renderer.render(data, null, RenderOptions.DEFAULT).pdf()).replaceAll("\\s+", " ");
    }

    @Test
    void theSampleLettersHistorySentencesAndCitationsComeFromTheRecords() throws Exception {
        RenderedLetter letter = renderer.render(sample, null, RenderOptions.DEFAULT);
        String text = PdfText.withoutFooters(letter.pdf()).replaceAll("\\s+", " ");

        assertThat(text).contains("Every year from 2008 to 2018, the South Korean government co-sponsored",
                "Between 2019 and 2022, South Korea declined to co-sponsor",
                "In late 2022, South Korea returned to co-sponsoring");
        assertThat(letter.html()).contains(
                "<u>78/218</u></a> of December 19, 2023 and <a href=\"https://undocs.org/A/RES/79/181\"><u>79/181</u></a> of December 17, 2024 condemned");
        assertThat(sample.letter().body()).doesNotContain("2008", "2018", "late 2022", "78/218",
                "December 19", "79/181", "December 17");
    }

    @Test
    void changingOneYearsRecordChangesTheLetter() throws Exception {
        String text = text(withRecord(sample, UnBody.GA, 2015, false));

        assertThat(text).contains("Between 2008 and 2015, the South Korean government co-sponsored")
                .doesNotContain("Every year from 2008 to 2018");
        assertThat(text(withRecord(sample, UnBody.HRC, 2022, true)))
                .contains("Every year from 2019 to 2021, South Korea declined", "In 2022, South Korea returned");
    }

    @Test
    void aNewerResolutionMovesTheCitations() throws Exception {
        List<Resolution> resolutions = new java.util.ArrayList<>(sample.resolutions());
        // Made up: a resolution adopted before the letter, and one after it that the letter cannot know.
        resolutions.add(new Resolution("made-up", "A/RES/79/999", UnBody.GA, 79, java.time.LocalDate.of(2025, 6, 2),
                "", Resolution.Adoption.UNKNOWN, ""));
        resolutions.add(new Resolution("later", "A/RES/80/999", UnBody.GA, 80, java.time.LocalDate.of(2025, 12, 16),
                "", Resolution.Adoption.UNKNOWN, ""));
        CampaignData data = new CampaignData(sample.campaign(), sample.letter(), sample.recipients(),
                sample.signatories(), resolutions, sample.sponsorships(), sample.sources(), sample.evidence());

        assertThat(renderer.render(data, null, RenderOptions.DEFAULT).html())
                .contains("<a href=\"https://undocs.org/A/RES/79/181\"><u>79/181</u></a> of December 17, 2024 and ",
                        "<u>79/999</u>", " of June 2, 2025 condemned")
                .as("each number links to its own resolution, never to the one that stood there before")
                .doesNotContain("A/RES/79/181\"><u>79/999");
    }

    @Test
    void aLetterCitingHistoryTheDataDoesNotHaveIsBlocked() {
        CampaignData neverDeclined = withRecord(withRecord(withRecord(withRecord(withRecord(withRecord(withRecord(
                withRecord(sample, UnBody.HRC, 2019, true), UnBody.GA, 2019, true), UnBody.HRC, 2020, true),
                UnBody.GA, 2020, true), UnBody.HRC, 2021, true), UnBody.GA, 2021, true), UnBody.HRC, 2022, true),
                UnBody.GA, 2022, true);
        CampaignData oneDated = new CampaignData(sample.campaign(), sample.letter(), sample.recipients(),
                sample.signatories(), sample.resolutions().subList(0, 4), sample.sponsorships(), sample.sources(),
                sample.evidence());

        assertThatThrownBy(() -> renderer.render(neverDeclined, null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly("letter.md line "
                                + lineOf("$history.lastDeclined") + ", column 1: $history.lastDeclined has no value"));
        assertThatThrownBy(() -> renderer.render(oneDated, null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).hasSize(3).allSatisfy(p -> assertThat(p)
                                .startsWith("letter.md line " + lineOf("$history.ga.previous") + ", column ")
                                .endsWith(": $history.ga.previous has no value")));
    }

    /** The sample body's line that holds {@code text}, 1-based: where a problem with it is reported. */
    private static int lineOf(String text) {
        List<String> lines = sample.letter().body().lines().toList();
        return lines.indexOf(lines.stream().filter(l -> l.contains(text)).findFirst().orElseThrow()) + 1;
    }

    @Test
    void theHistoryTablePartialShowsEveryYearPerBodyAndTheRecentResolutions() throws Exception {
        Renderer withTable = new Renderer(new TemplateEngine(templates), Fixtures.SharedFonts.FONTS);
        CampaignData gap = withRecord(sample, UnBody.GA, 2012, null);
        CampaignData data = gap.withLetter(gap.letter().withTemplate(HISTORY_LAYOUT));

        String html = withTable.render(data, null, RenderOptions.DEFAULT).html();

        assertThat(html).contains(
                "<th>Year</th><th>General Assembly</th><th>Human Rights Council</th>",
                "<td class=\"history-year\">2011</td><td class=\"history-yes\">co-sponsored</td>"
                        + "<td class=\"history-yes\">co-sponsored</td>",
                "<td class=\"history-year\">2012</td><td class=\"history-unknown\">unknown</td>"
                        + "<td class=\"history-yes\">co-sponsored</td>",
                "<td class=\"history-year\">2022</td><td class=\"history-yes\">co-sponsored</td>"
                        + "<td class=\"history-no\">did not co-sponsor</td>",
                "<th>Vote of Republic of Korea</th>",
                "<tr><td>A/RES/78/218</td><td></td><td>December 19, 2023</td><td></td><td></td></tr>",
                "<tr><td>A/RES/79/181</td><td></td><td>December 17, 2024</td><td></td><td></td></tr>");

        String korean = PdfText.withoutFooters(withTable.render(inLanguage(data, "ko"), null, RenderOptions.DEFAULT)
                .pdf());
        assertThat(korean).contains("연도", "유엔 총회", "유엔 인권이사회", "공동제안 불참", "확인 안 됨", "2024년 12월 17일");
    }
}
