package org.appeal.compose;

import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reference prints, for the editor's hover and picker: the sample campaign (seeds/). */
class ReferenceValuesTest {
    private static CampaignData sample;
    private static ReferenceValues values;

    @BeforeAll
    static void sample() throws Exception {
        sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        values = Fixtures.renderer().values(sample, null);
    }

    @Test
    void aReferencePrintsWhatTheLetterPrints() {
        assertThat(values.print("$history.lastDeclined.text").text()).isEqualTo("Between 2019 and 2022");
        assertThat(values.print("$history.ga.latest.number").text()).isEqualTo("79/181");
        assertThat(values.print("$addressee.name").text()).isEqualTo("Lee Jae-myung");
        assertThat(values.print("$addressee.name").problem()).isEmpty();
    }

    @Test
    void textWithPunctuationComesBackAsTyped() {
        assertThat(values.print("$quotes.get(\"coi-2014\")").text()).isEqualTo(sample.evidence("coi-2014").orElseThrow().quote());
    }

    @Test
    void theRecipientChosenIsTheOneThatPrints() {
        var foreignMinister = sample.recipients().stream().filter(r -> r.id().equals("foreign-minister")).findFirst()
                .orElseThrow();
        assertThat(Fixtures.renderer().values(sample, foreignMinister).print("$recipient.name").text())
                .isEqualTo(foreignMinister.name());
    }

    @Test
    void aReferenceThatWouldBlockSaysWhy() {
        ReferenceValues.Printed view = values.print("$addressee");
        assertThat(view.text()).isEmpty();
        assertThat(view.problem()).hasValueSatisfying(m -> assertThat(m).contains("is a recipient, not text"));
        assertThat(values.print("$adressee.name").problem()).hasValueSatisfying(m -> assertThat(m).contains("not defined"));
    }

    @Test
    void printableReferencesComeFromTheVocabulary() {
        var entries = PrintableReferences.printable();
        assertThat(entries).extracting(PrintableReferences.Entry::path).contains("$addressee.name", "$letter.date",
                "$history.firstCosponsored.text", "$history.ga.latest.number", "$signatories.asOf",
                "$signatories.organisations.size()").doesNotContain("$letter.body", "$addressee", "$citations.way");
        assertThat(entries).extracting(PrintableReferences.Entry::group).containsOnly("campaign", "letter", "addressee",
                "recipient", "signatories", "history");
        for (var entry : entries) {
            assertThat(TemplateVocabulary.typeOf(entry.path())).as(entry.path())
                    .hasValueSatisfying(t -> assertThat(t.printable()).isTrue());
            assertThat(values.print(entry.path()).problem()).as(entry.path()).satisfiesAnyOf(
                    p -> assertThat(p).isEmpty(), p -> assertThat(p.orElseThrow()).contains("no value"));
        }
    }
}
