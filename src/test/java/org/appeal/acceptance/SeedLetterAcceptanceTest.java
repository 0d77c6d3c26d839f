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

import java.io.IOException;
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
    void theSeedsOwnOddEmailIsKeptAndFlagged() {
        assertThat(rendered.warnings()).extracting(Object::toString)
                .containsExactly("recipient 'president': e-mail \"president.go.kr\" does not look like an e-mail address; it is printed as typed");
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
