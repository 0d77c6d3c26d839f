package org.appeal.compose;

import org.appeal.compose.BodySyntax.Kind;
import org.appeal.compose.BodySyntax.Reading;
import org.appeal.compose.BodySyntax.Reference;
import org.appeal.compose.BodySyntax.Token;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the editor reads a body: made-up bodies, and the sample letter's own. */
class BodySyntaxTest {
    private static List<String> written(Reading reading, Kind kind, String body) {
        return reading.tokens().stream().filter(t -> t.kind() == kind).map(t -> body.substring(t.start(), t.end())).toList();
    }

    @Test
    void referencesEndBeforeTheFullStopOfTheirSentence() {
        String body = "Dear $addressee.name. In $!{letter.date}, $history.recent[1].number and $quotes.get(\"coi-2014\").";
        Reading reading = BodySyntax.read(body);

        assertThat(reading.references()).extracting(Reference::written).containsExactly("$addressee.name",
                "$!{letter.date}", "$history.recent[1].number", "$quotes.get(\"coi-2014\")");
        assertThat(reading.references()).extracting(Reference::path).containsExactly("addressee.name", "letter.date",
                "history.recent.get(1).number", "quotes.get(\"coi-2014\")");
        assertThat(reading.references()).allMatch(Reference::printed);
    }

    @Test
    void aDollarBeforeANumberOrEscapedIsNoReference() {
        String body = "It cost $5 million, \\$addressee.name stays literal, and $ alone too.";
        Reading reading = BodySyntax.read(body);

        assertThat(reading.references()).isEmpty();
        assertThat(written(reading, Kind.ESCAPE, body)).containsExactly("\\$addressee.name");
    }

    @Test
    void referencesInADirectiveAreTestedNotPrintedAndLoopsAreKnown() {
        String body = "#if($history.lastDeclined)$history.lastDeclined.text#end\n"
                + "#foreach($s in $signatories.organisations)$s.name#end ## a comment\n#set($x = 1)";
        Reading reading = BodySyntax.read(body);

        assertThat(reading.references()).extracting(Reference::written, Reference::printed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$history.lastDeclined", false),
                org.assertj.core.groups.Tuple.tuple("$history.lastDeclined.text", true),
                org.assertj.core.groups.Tuple.tuple("$s", false),
                org.assertj.core.groups.Tuple.tuple("$signatories.organisations", false),
                org.assertj.core.groups.Tuple.tuple("$s.name", true),
                org.assertj.core.groups.Tuple.tuple("$x", false));
        assertThat(reading.loops()).containsEntry("s", "signatories.organisations");
        assertThat(reading.locals()).containsExactly("x");
        assertThat(written(reading, Kind.DIRECTIVE, body)).contains("#if", "#end", "#foreach", "#set");
        assertThat(written(reading, Kind.COMMENT, body)).containsExactly("## a comment");
    }

    @Test
    void aHashBeforeWordsThatAreNoDirectiveIsText() {
        Reading reading = BodySyntax.read("Our #1 priority and #hashtag.");
        assertThat(reading.tokens()).isEmpty();
    }

    @Test
    void citationsAndCitedWordsShowTheirKeys() {
        String body = "As found [see @coi-2014, para. 8; also @a-res-79-181], the [Commission](@coi-2014) and "
                + "[$history.ga.latest.number](@$history.ga.latest.key).";
        Reading reading = BodySyntax.read(body);

        assertThat(reading.keys()).extracting(BodySyntax.CitedKey::key).containsExactly("coi-2014", "a-res-79-181",
                "coi-2014");
        assertThat(written(reading, Kind.CITATION, body)).contains("[see @coi-2014, para. 8; also @a-res-79-181]", "[",
                "](@", ")");
        assertThat(written(reading, Kind.CITED_WORDS, body)).containsExactly("Commission", "$history.ga.latest.number");
        assertThat(reading.references()).extracting(Reference::written, Reference::printed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$history.ga.latest.number", true),
                org.assertj.core.groups.Tuple.tuple("$history.ga.latest.key", true));
        BodySyntax.CitedKey linked = reading.keys().get(2);
        assertThat(body.substring(linked.start(), linked.end())).isEqualTo("coi-2014");
    }

    @Test
    void inlineMarkupAndLinks() {
        String body = "the 80<sup>th</sup> **very** *much* <u>so</u> [site](https://example.org) snake_case <div>";
        Reading reading = BodySyntax.read(body);

        assertThat(written(reading, Kind.MARKUP, body)).containsExactly("<sup>", "</sup>", "**", "**", "*", "*", "<u>",
                "</u>", "[", "](https://example.org)");
    }

    @Test
    void theSampleLetterReadsWithoutSurprises() throws Exception {
        String body = Files.readString(Path.of("seeds/sample-campaign/letter.md"));
        Reading reading = BodySyntax.read(body);

        assertThat(reading.references()).extracting(Reference::written).contains("$quotes.get(\"coi-2014\")",
                "$history.firstCosponsored.text", "$history.lastDeclined.text", "$history.lastCosponsored.start",
                "$history.ga.previous.key");
        assertThat(reading.keys()).extracting(BodySyntax.CitedKey::key).containsExactly("coi-2014");
        for (Token t : reading.tokens()) {
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(body.length());
        }
    }
}
