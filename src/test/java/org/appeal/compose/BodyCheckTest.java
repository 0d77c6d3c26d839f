package org.appeal.compose;

import org.appeal.compose.BodyCheck.Issue;
import org.appeal.compose.BodyCheck.Kind;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's marks, before any render: made-up bodies, the sample letter's keys. */
class BodyCheckTest {
    private static final Set<String> KEYS = Set.of("coi-2014", "a-res-79-181", "rok-pledges-2024");

    private static List<Issue> check(String body) {
        return BodyCheck.check(BodySyntax.read(body), KEYS);
    }

    @Test
    void aMisspelledReferenceGetsTheNearestKnownOne() {
        String body = "Dear $adressee.name, on $leter.dat";
        List<Issue> issues = check(body);

        assertThat(issues).extracting(Issue::kind, Issue::written, Issue::fixes).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_REFERENCE, "$adressee.name", List.of("$addressee.name")),
                org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_REFERENCE, "$leter.dat", List.of("$letter.date")));
        assertThat(body.substring(issues.get(0).start(), issues.get(0).end())).isEqualTo("$adressee.name");
    }

    @Test
    void aFieldInTheWrongCaseOrDeepDownIsRepairedTheSameWay() {
        assertThat(check("$History.ga.lastest.number").get(0).fixes()).containsExactly("$history.ga.latest.number");
        assertThat(check("$!{addressee.nmae}").get(0).fixes()).containsExactly("$!{addressee.name}");
    }

    @Test
    void aNameFarFromAnyKnownOneHasNoSuggestion() {
        Issue issue = check("$addressee.nickname").get(0);
        assertThat(issue.kind()).isEqualTo(Kind.UNKNOWN_REFERENCE);
        assertThat(issue.fixes()).isEmpty();
        assertThat(check("$undefinedThing").get(0).fixes()).isEmpty();
    }

    @Test
    void aViewPrintedWhereTextBelongsIsMarkedWithTheFieldsToWrite() {
        Issue issue = check("Dear $addressee,").get(0);
        assertThat(issue.kind()).isEqualTo(Kind.NOT_TEXT);
        assertThat(issue.typeName()).isEqualTo("recipient");
        assertThat(issue.fixes()).containsExactly("$addressee.name", "$addressee.formOfAddress");
        assertThat(check("$history.ga.latest is").get(0).fixes()).containsExactly("$history.ga.latest.symbol",
                "$history.ga.latest.number");
        assertThat(check("$history.runs").get(0).kind()).isEqualTo(Kind.NOT_TEXT);
    }

    @Test
    void testedLoopedAndKnownValuesAreFine() {
        assertThat(check("#if($addressee)Dear $addressee.name#end #foreach($s in $signatories.organisations)"
                + "$s.name ($s.acronym)#end #set($n = 3)$n $quotes.get(\"coi-2014\") $history.recent[1].number"
                + " $signatories.organisations.size()")).isEmpty();
    }

    @Test
    void aLoopVariableIsCheckedAsTheListsItem() {
        List<Issue> issues = check("#foreach($s in $signatories.individuals)$s.nmae $s#end");
        assertThat(issues).extracting(Issue::kind, Issue::fixes).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_REFERENCE, List.of("$s.name")),
                org.assertj.core.groups.Tuple.tuple(Kind.NOT_TEXT, List.of("$s.name")));
    }

    @Test
    void anUnknownCitedKeyIsMarkedWithTheNearestKey() {
        List<Issue> issues = check("[@coi-2041] and [words](@rok-pledges-2042) and [ok](@coi-2014)");
        assertThat(issues).extracting(Issue::kind, Issue::written, Issue::fixes).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_KEY, "coi-2041", List.of("coi-2014")),
                org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_KEY, "rok-pledges-2042", List.of("rok-pledges-2024")));
    }

    @Test
    void theSampleLetterHasNothingToMark() throws Exception {
        String body = Files.readString(Path.of("seeds/sample-campaign/letter.md"));
        assertThat(check(body)).isEmpty();
    }

    @Test
    void distanceCountsASwapAsOneEdit() {
        assertThat(BodyCheck.distance("adressee", "addressee")).isEqualTo(1);
        assertThat(BodyCheck.distance("nmae", "name")).isEqualTo(1);
        assertThat(BodyCheck.distance("", "abc")).isEqualTo(3);
    }
}
