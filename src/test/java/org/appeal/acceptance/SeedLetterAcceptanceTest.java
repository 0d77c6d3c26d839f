package org.appeal.acceptance;

import org.appeal.compose.FontLibrary;
import org.appeal.compose.PdfText;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample campaign reproduces the seed letter of 28 October 2025 word for word: the seed's
 * text (tags and entities stripped) from its date to the last individual's title equals the text
 * of the rendered PDF, once all whitespace is removed.
 */
class SeedLetterAcceptanceTest {
    private static final Path SEED = Path.of("seeds/sources/004_b6b6d3f049d4ab14.txt");
    private static final Path SAMPLE = Path.of("seeds/sample-campaign");

    private static CampaignData sample;
    private static RenderedLetter rendered;

    @BeforeAll
    static void renderSample() throws Exception {
        sample = new BundleReader().read(SAMPLE);
        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
        rendered = renderer.render(sample, null, RenderOptions.DEFAULT);
    }

    @Test
    void renderedLetterEqualsTheSeedWordForWord() throws IOException {
        String seed = stripMarkup(Files.readString(SEED));
        String expected = seed.substring(seed.indexOf("October 28, 2025"));

        String actual = PdfText.withoutFooters(rendered.pdf());

        assertThat(withoutWhitespace(actual)).isEqualTo(withoutWhitespace(expected));
    }

    /** The seed's underlined words cite their sources: each is a link to the document at the UN's symbol resolver. */
    @Test
    void theSeedsUnderlinedWordsLinkToTheDocumentsTheyCite() throws IOException {
        Map<String, String> links = new LinkedHashMap<>();
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                        PDRectangle r = link.getRectangle();
                        float height = page.getMediaBox().getHeight();
                        stripper.addRegion("link", new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
                                r.getWidth(), r.getHeight()));
                        stripper.extractRegions(page);
                        links.merge(uri.getURI(), stripper.getTextForRegion("link").strip().replaceAll("\\s+", " "),
                                (a, b) -> a + " " + b);
                    }
                }
            }
        }

        assertThat(links).containsEntry("https://undocs.org/A/HRC/25/63",
                        "Commission of Inquiry on human rights in the DPRK (COI DPRK)")
                .containsEntry("https://undocs.org/A/RES/78/218", "78/218")
                .containsEntry("https://undocs.org/A/RES/79/181", "79/181")
                .containsEntry("mailto:president.go.kr", "president.go.kr");
    }

    @Test
    void everyCcRecipientGetsTheIdenticalLetter() throws Exception {
        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
        String toPresident = withoutWhitespace(PdfText.withoutFooters(rendered.pdf()));
        for (var cc : sample.copied()) {
            String toCc = withoutWhitespace(PdfText.withoutFooters(renderer.render(sample, cc, RenderOptions.DEFAULT).pdf()));
            assertThat(toCc).as("letter to %s", cc.id()).isEqualTo(toPresident);
        }
    }

    @Test
    void theSeedsOwnOddEmailIsKeptAndFlaggedAndTheUncheckableQuoteSaysSo() {
        assertThat(rendered.warnings()).extracting(Object::toString).containsExactly(
                "recipient 'president': e-mail \"president.go.kr\" does not look like an e-mail address; it is printed as typed",
                "letter.md line 3, column 157: quote @coi-2014: not checked: the text of source 'coi-report-2014'"
                        + " is not in the library");
    }

    @Test
    void templatesHoldNoneOfTheLettersWording() throws IOException {
        String templates;
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            templates = String.join("\n", files.filter(Files::isRegularFile).map(SeedLetterAcceptanceTest::read).toList());
        }
        List<String> wording = Stream.concat(
                        Files.readAllLines(SAMPLE.resolve("letter.md")).stream().flatMap(l -> Stream.of(l.split("(?<=[.,])\\s"))),
                        Stream.of("Lee Jae-myung", "Republic of Korea", "Human Rights Watch", "Roberta Cohen", "80", "2025"))
                .map(String::strip).filter(s -> s.length() >= 2).toList();

        assertThat(wording).isNotEmpty().allSatisfy(phrase -> assertThat(templates).doesNotContain(phrase));
    }

    @Test
    void theCommissionOfInquiryQuoteComesFromTheEvidence() throws Exception {
        assertThat(sample.letter().body()).doesNotContain("extermination").contains("$quotes.get(\"coi-2014\")");
        List<org.appeal.domain.Evidence> evidence = sample.evidence().stream()
                .map(e -> e.citationKey().equals("coi-2014")
                        ? new org.appeal.domain.Evidence(e.citationKey(), e.sourceId(), "a made-up changed quote", e.pinpoint())
                        : e).toList();
        CampaignData changed = new CampaignData(sample.campaign(), sample.letter(), sample.recipients(),
                sample.signatories(), sample.resolutions(), sample.sponsorships(), sample.sources(), evidence);

        RenderedLetter letter = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary())
                .render(changed, null, RenderOptions.DEFAULT);

        assertThat(withoutWhitespace(PdfText.withoutFooters(letter.pdf())))
                .contains(withoutWhitespace("including \"a made-up changed quote.\""));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String stripMarkup(String html) {
        return html.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static String withoutWhitespace(String s) {
        return s.replaceAll("\\s+", "");
    }
}
