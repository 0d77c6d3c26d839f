package org.appeal.compose;

import org.appeal.compose.BodySpelling.Misspelling;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The body's own words through LanguageTool's English dictionary; made-up bodies and the sample campaign. */
class BodySpellingTest {
    private static BodySpelling english;

    @BeforeAll
    static void load() {
        english = BodySpelling.forLanguage("en").orElseThrow();
    }

    private static List<Misspelling> check(String body, Set<String> known) {
        return english.check(body, BodySyntax.read(body), known);
    }

    @Test
    void aMisspelledWordIsFoundWhereItStandsWithTheRightWordAmongTheSuggestions() {
        String body = "We urge the goverment to act.";

        List<Misspelling> found = check(body, Set.of());

        assertThat(found).extracting(Misspelling::word).containsExactly("goverment");
        Misspelling m = found.get(0);
        assertThat(body.substring(m.start(), m.end())).isEqualTo("goverment");
        assertThat(m.suggestions()).contains("government").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void referencesDirectivesCitationsAndMarkupAreNotWords() {
        String body = "Dear $addressee.formOfAddress, the 80<sup>th</sup> session #if($history.qzx)$history.qzx.text#end "
                + "[as the Commission found](@coi-xqz) and **clearly** [see @zzq-2014]. ## a cmment nobody reads\n"
                + "A \\$notaword stays. But thiss is wrong.";

        List<Misspelling> found = check(body, Set.of());

        // One match, at the one misspelled word (LanguageTool may take the next word in when its fix is a phrase).
        assertThat(found).extracting(Misspelling::start).containsExactly(body.indexOf("thiss"));
        assertThat(found.get(0).word()).startsWith("thiss");
    }

    @Test
    void citedWordsAreTheLettersOwnAndAreChecked() {
        String body = "[as the Comission found](@coi-2014).";

        assertThat(check(body, Set.of())).extracting(Misspelling::word).containsExactly("Comission");
    }

    @Test
    void theCampaignsOwnNamesAreTakenAsSpeltRight() throws Exception {
        var sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        Set<String> known = BodySpelling.knownWords(sample);
        String body = "We write to President Lee Jae-myung, together with Sejong Wrongspeling.";

        assertThat(known).contains("Jae-myung", "myung");
        assertThat(check(body, known)).extracting(Misspelling::word).containsExactly("Wrongspeling");
    }

    @Test
    void inTheSampleLettersBodyOnlyTwoSpecialistTermsAndTheWordAddedAreUnknown() throws Exception {
        var sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        String body = sample.letter().body() + " The goverment must act.";

        List<Misspelling> found = check(body, BodySpelling.knownWords(sample));

        // The dictionary lacks two real terms of the field; names, references and markup are not reported.
        assertThat(found).extracting(Misspelling::word).containsExactly("refoulement", "unrepatriated", "goverment");
        assertThat(found.get(2).start()).isEqualTo(body.indexOf("goverment"));
    }

    @Test
    void koreanHasNoDictionarySoItIsNotChecked() {
        assertThat(BodySpelling.forLanguage("ko")).isEmpty();
        assertThat(BodySpelling.forLanguage("en-GB").orElseThrow().languageName()).isEqualTo("English (GB)");
        assertThat(english.languageName()).isEqualTo("English (US)");
    }
}
