package org.appeal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.LetterDraft;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Any letter body, rendered into the sample campaign's letter: the renderer either gives a PDF
 * whose HTML carries no Java object's text, or refuses with blocking problems that each say what
 * is wrong and where (a problem in the body names {@code letter.md} and a line inside it). It
 * never throws anything else, and never hangs (each input has 20 seconds). Without
 * {@code JAZZER_FUZZ} this replays the committed inputs in
 * {@code BodyRenderFuzzTestInputs/rendersAnyBody/} as a regression test; {@code bench/fuzz} fuzzes it.
 *
 * <p>An input may start with one options line, {@code %% footnotes oscola bibliography briefing}
 * (citation way {@code links}, {@code footnotes} or {@code endnotes}; {@code oscola};
 * {@code bibliography}; {@code briefing} for the briefing layout), so that the citation machinery
 * is fuzzed too; the rest of the input, as UTF-8, is the body.
 */
class BodyRenderFuzzTest {
    private static final String OPTIONS = "%% ";

    /** Read once: the sample campaign and the fonts are the same for every input. */
    private static final class Shared {
        static final CampaignData SAMPLE = sample();
        static final Renderer RENDERER = Fixtures.renderer();

        private static CampaignData sample() {
            try {
                return new BundleReader().read(Path.of("seeds/sample-campaign"));
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Fonts, the sample and a first render are loaded before any input's 20 seconds start counting. */
    @BeforeAll
    static void warmUp() throws RenderException {
        Shared.RENDERER.render(Shared.SAMPLE, null, RenderOptions.DEFAULT);
    }

    @DictionaryEntries({"%% ", "footnotes ", "endnotes ", "oscola ", "bibliography ", "briefing ", "#set($x = ", "#if(", "#else",
            "#end", "#foreach($s in ", "#macro(m)", "#parse(\"", "#include(\"", "#evaluate(", "#break", "$history.ga.latest",
            "$history.lastDeclined.text", "$letter.date", "$campaign.title", "$signatories.organisations",
            "$quotes.get(\"coi-2014\")", "$addressee.name", "[@coi-2014]", "](@coi-2014)", "\\[@", ", para. 5",
            "[^1]", "<sup>", "</sup>", "<u>", "```", "|---|", "${", "$!{", "## ", "#*", "*#"})
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void rendersAnyBody(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String options = "";
        String body = text;
        if (text.startsWith(OPTIONS)) {
            int end = text.indexOf('\n');
            options = end < 0 ? text : text.substring(0, end);
            body = end < 0 ? "" : text.substring(end + 1);
        }
        CampaignData campaign = Shared.SAMPLE.withLetter(letter(Shared.SAMPLE.letter(), options, body));

        RenderedLetter letter;
        try {
            letter = Shared.RENDERER.render(campaign, null, RenderOptions.DEFAULT);
        } catch (RenderException e) {
            assertThat(e.problems()).isNotEmpty();
            long lines = body.lines().count() + 1;
            for (Problem p : e.problems()) {
                assertThat(p.isBlocking()).as("%s", p).isTrue();
                assertThat(p.message()).as("message of %s", p).isNotBlank();
                assertThat(p.where()).as("where of %s", p).isNotBlank();
                assertThat(p.line()).as("line of %s", p).isGreaterThanOrEqualTo(0);
                assertThat(p.column()).as("column of %s", p).isGreaterThanOrEqualTo(0);
                if (p.where().equals(Renderer.BODY_NAME)) {
                    assertThat((long) p.line()).as("line of %s in a body of %d lines", p, lines)
                            .isLessThanOrEqualTo(lines);
                }
            }
            return;
        }
        assertThat(new String(letter.pdf(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        for (String javaText : new String[] {"org.appeal.", "java.lang.", "java.util."}) {
            if (!body.contains(javaText)) {
                assertThat(letter.html()).as("what a body without '%s' renders to", javaText).doesNotContain(javaText);
            }
        }
    }

    private static LetterDraft letter(LetterDraft sample, String options, String body) {
        CitationSettings.Way way = CitationSettings.Way.LINKS;
        CitationSettings.Style style = CitationSettings.Style.CHICAGO_NOTES;
        boolean bibliography = false;
        String template = sample.templateName();
        for (String word : options.split(" ")) {
            switch (word) {
                case "footnotes" -> way = CitationSettings.Way.FOOTNOTES;
                case "endnotes" -> way = CitationSettings.Way.ENDNOTES;
                case "oscola" -> style = CitationSettings.Style.OSCOLA;
                case "bibliography" -> bibliography = true;
                case "briefing" -> template = "briefing.html.vm";
                default -> { }
            }
        }
        return sample.withBody(body).withTemplate(template)
                .withCitations(new CitationSettings(way, style, bibliography));
    }
}
