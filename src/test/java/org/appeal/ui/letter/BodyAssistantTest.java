package org.appeal.ui.letter;

import org.appeal.compose.BodyCheck;
import org.appeal.compose.BodySyntax;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** What the editor offers and explains, without the toolkit: the sample campaign (seeds/), citing with links. */
class BodyAssistantTest {
    private static final Renderer RENDERER = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
    private static CampaignData sample;
    private final AtomicReference<Recipient> recipient = new AtomicReference<>();
    private final BodyAssistant assistant = new BodyAssistant(RENDERER, () -> sample, recipient::get);

    @BeforeAll
    static void sample() throws Exception {
        sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
    }

    private List<String> offered(String text) {
        return assistant.completions(text, text.length()).orElseThrow().items().stream().map(BodyAssistant.Item::insert)
                .toList();
    }

    @Test
    void afterADollarTheFieldsBeginningWithWhatIsTypedComeFirstTheSuggestedOnesAtTheTop() {
        BodyAssistant.Completions add = assistant.completions("Dear $add", 9).orElseThrow();
        assertThat(add.replaced()).isEqualTo(new TextRange(5, 9));
        assertThat(offered("Dear $add")).startsWith("$addressee.name", "$addressee.formOfAddress");
        assertThat(offered("$history.ga.la")).containsExactly("$history.ga.latest.symbol",
                "$history.ga.latest.number", "$history.ga.latest.body", "$history.ga.latest.session",
                "$history.ga.latest.title", "$history.ga.latest.adoptedOn", "$history.ga.latest.adoption",
                "$history.ga.latest.vote", "$history.ga.latest.key");
        // A name's end is enough: "$date" offers the letter's date.
        assertThat(offered("$date")).contains("$letter.date");
        assertThat(offered("$quo")).contains("$quotes.get(\"coi-2014\")");
        assertThat(assistant.completions("no reference here", 17)).isEmpty();
    }

    @Test
    void afterAnAtTheCitableKeysAreOfferedButNotInsideAnAddress() {
        assertThat(offered("[words](@coi")).first().isEqualTo("@coi-2014");
        assertThat(offered("[@a-res")).contains("@a-res-78-218", "@a-res-79-181");
        assertThat(assistant.completions("write to sam@exa", 16)).isEmpty();
    }

    @Test
    void eachFieldComesWithWhatItPrintsForTheRecipientInPreview() {
        List<BodyAssistant.Item> fields = assistant.fields();
        assertThat(fields).extracting(BodyAssistant.Item::group).containsSubsequence("letter", "addressee", "recipient",
                "signatories", "history", "quotes");
        BodyAssistant.Item name = fields.stream().filter(i -> i.insert().equals("$recipient.name")).findFirst().orElseThrow();
        assertThat(name.printed()).isEqualTo("Lee Jae-myung");
        assertThat(name.explanation()).isEqualTo("the name");

        recipient.set(sample.recipients().stream().filter(r -> r.id().equals("foreign-minister")).findFirst().orElseThrow());
        assistant.invalidate();
        assertThat(name.printed()).isEqualTo(recipient.get().name());
    }

    @Test
    void hoverShowsAReferencesValueAKeysWorkAndAnIssueWithItsFix() {
        String text = "$history.lastDeclined.text, see [the COI](@coi-2014), Dear $adressee.name";
        BodySyntax.Reading reading = BodySyntax.read(text);
        List<BodyCheck.Issue> issues = assistant.issues(reading);

        BodyAssistant.Hover value = assistant.hover(text, reading, issues, 3).orElseThrow();
        assertThat(value.printed().orElseThrow().text()).isEqualTo("Between 2019 and 2022");
        assertThat(value.explanation()).isEqualTo("the run's time as a sentence begins with it");
        assertThat(value.issue()).isEmpty();

        BodyAssistant.Hover key = assistant.hover(text, reading, issues, text.indexOf("coi-2014") + 2).orElseThrow();
        assertThat(key.explanation()).startsWith("Report of the Commission of Inquiry");
        assertThat(key.printed().orElseThrow().text()).startsWith("extermination, murder");

        BodyAssistant.Hover issue = assistant.hover(text, reading, issues, text.indexOf("$adressee") + 2).orElseThrow();
        assertThat(issue.issue().orElseThrow().fixes()).containsExactly("$addressee.name");
        assertThat(assistant.hover(text, reading, issues, text.indexOf("see"))).isEmpty();
    }

    @Test
    void insertionsAreWrittenTheWayTheLetterCites() {
        assertThat(assistant.citationWay().key()).isEqualTo("links");
        assertThat(assistant.citation("a-res-79-181", "the latest resolution"))
                .isEqualTo("[the latest resolution](@a-res-79-181)");
        assertThat(assistant.citation("coi-2014", "")).isEqualTo("[coi-2014](@coi-2014)");
        assertThat(assistant.quote("coi-2014")).isEqualTo("\"[$quotes.get(\"coi-2014\")](@coi-2014)\"");
        assertThat(assistant.print(BodyAssistant.signatoryList("organisations")).text())
                .startsWith("Centro para la Apertura y el Desarrollo de América Latina, ");
        assertThat(assistant.print(BodyAssistant.historySentence("lastDeclined", "text")).text())
                .isEqualTo("Between 2019 and 2022, ");
        assertThat(assistant.citables()).extracting(BodyAssistant.Citable::key).contains("coi-2014", "a-res-79-181");
    }
}
