package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterWord;
import org.appeal.domain.NamedLetter;
import org.appeal.domain.RecipientText;
import org.appeal.domain.SignatoryText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle's languages: a letter's own language, its translations, layout words set by the
 * campaign and by a letter, and second-script forms of recipients and signatories. Every name and
 * word here is made up for the test.
 */
class LanguagesInBundleTest {
    private static final String CAMPAIGN = """
            format: 1
            id: test-campaign
            title: "Made-up campaign for tests"
            language: en
            target_state: ""
            words:
              ko:
                closing: "삼가 올림"
            letter:
              subject: "A made-up subject"
              date: 2030-01-15
              signatories_as_of: 2030-01-10
              template: letter.html.vm
              body: letter.md
              citations: footnotes
              citation_style: chicago-notes
              bibliography: no
              words:
                salutation: "Dear {name}:"
                closing: "Yours faithfully,"
            letters:
              letter-ko:
                translation_of: letter
                language: ko
                subject: "만들어 낸 제목"
                date: 2030-01-15
                signatories_as_of: 2030-01-10
                template: letter.html.vm
                body: letter.ko.md
                citations: footnotes
                citation_style: chicago-notes
                bibliography: no
            notes: "The Korean letter is a made-up translation."
            """;
    private static final String RECIPIENTS = """
            id,role,position,form_of_address,name,title,office,address,fax,email,alt_form_of_address,alt_name,alt_title,alt_office,alt_address
            alpha,TO,1,Minister Alpha,Alpha Example,Minister of Examples,,"1 Example Street
            Exampleville",+00 0000,alpha.example,알파 장관님,알파,예시부 장관,,"예시시
            예시로 1"
            """;
    private static final String SIGNATORIES = """
            id,kind,position,name,acronym,title,country,signed_on,withdrawn_on,alt_name,alt_acronym,alt_title
            foo-org,ORGANISATION,1,Foo Organisation,FOO,,,2030-01-01,,푸 단체,,
            bar-person,INDIVIDUAL,2,Bar Person,,Made-up Professor,,,,,,
            """;

    @TempDir
    Path dir;

    private Path bundle() {
        return new FixtureBundle().text("campaign.yaml", CAMPAIGN).text("letter.ko.md", "만들어 낸 본문입니다.\n")
                .text("recipients.csv", RECIPIENTS).text("signatories.csv", SIGNATORIES).writeTo(dir.resolve("in"));
    }

    @Test
    void languagesTranslationsWordsAndSecondScriptsAreRead() throws Exception {
        CampaignData data = new BundleReader().read(bundle());

        assertThat(data.campaign().notes()).isEqualTo("The Korean letter is a made-up translation.");
        assertThat(data.campaign().wordsFor("ko")).isEqualTo(Map.of(LetterWord.CLOSING, "삼가 올림"));
        assertThat(data.letter().words()).isEqualTo(Map.of(LetterWord.CLOSING, "Yours faithfully,",
                LetterWord.SALUTATION, "Dear {name}:"));
        assertThat(data.letter().language()).isEmpty();
        assertThat(data.language()).isEqualTo("en");
        NamedLetter korean = data.otherLetters().get(0);
        assertThat(korean.translationOf()).isEqualTo("letter");
        assertThat(korean.letter().language()).isEqualTo("ko");
        assertThat(korean.letter().body()).isEqualTo("만들어 낸 본문입니다.\n");
        assertThat(data.versionsOf("letter-ko")).containsExactly("letter", "letter-ko");
        assertThat(data.versionIn("letter", "ko")).contains("letter-ko");
        assertThat(data.recipient("alpha").orElseThrow().alt()).isEqualTo(new RecipientText("알파 장관님", "알파",
                "예시부 장관", "", List.of("예시시", "예시로 1")));
        assertThat(data.signatories().all().get(0).alt()).isEqualTo(new SignatoryText("푸 단체", "", ""));
        assertThat(data.signatories().all().get(1).alt()).isEqualTo(SignatoryText.NONE);
    }

    @Test
    void theyAreWrittenBackByteForByteAndTheTranslationsBodyIsNamedAfterTheOriginal() throws Exception {
        Path in = bundle();
        Path out = dir.resolve("out");

        new BundleWriter().write(new BundleReader().read(in), out);

        for (String file : List.of("campaign.yaml", "letter.ko.md", "recipients.csv", "signatories.csv")) {
            assertThat(out.resolve(file)).as(file).hasSameTextualContentAs(in.resolve(file));
        }
        assertThat(new BundleReader().read(out)).isEqualTo(new BundleReader().read(in));
    }

    @Test
    void withoutSecondScriptsTheAltColumnsAreNotWritten() throws Exception {
        Path out = dir.resolve("out");
        new BundleWriter().write(new BundleReader().read(new FixtureBundle().writeTo(dir.resolve("plain"))), out);

        assertThat(out.resolve("recipients.csv")).content().doesNotContain("alt_");
        assertThat(out.resolve("signatories.csv")).content().doesNotContain("alt_");
    }

    @Test
    void badLanguagesWordsAndTranslationsAreReportedWithTheirLines() throws Exception {
        String yaml = CAMPAIGN
                .replace("language: en\n", "language: English\n")
                .replace("    closing: \"삼가 올림\"\n", "    closing: \"삼가 올림\"\n    farewell: \"x\"\n")
                .replace("    salutation: \"Dear {name}:\"\n", "    salutation: \"Dear {nmae}:\"\n")
                .replace("    translation_of: letter\n", "    translation_of: briefing\n");
        new FixtureBundle().text("campaign.yaml", yaml).text("letter.ko.md", "본문\n").writeTo(dir);

        List<String> problems = catchThrowableOfType(BundleException.class, () -> new BundleReader().read(dir))
                .problems().stream().map(Object::toString).toList();

        assertThat(problems).containsExactly(
                "campaign.yaml:4: language: not a language tag such as 'en' or 'ko': 'English'",
                "campaign.yaml:9: words.ko.farewell: unknown key (expected " + String.join(", ",
                        java.util.Arrays.stream(LetterWord.values()).map(LetterWord::key).toList()) + ")",
                "campaign.yaml:20: letter.words.salutation: 'salutation' has no place {nmae} (it takes {name})",
                "campaign.yaml:23: letters.letter-ko.translation_of: no letter 'briefing' in this campaign to be a"
                        + " translation of");
    }

    @Test
    void aTranslationInItsOriginalsLanguageIsRefused() throws Exception {
        new FixtureBundle().text("campaign.yaml", CAMPAIGN.replace("    language: ko\n", "    language: en\n"))
                .text("letter.ko.md", "x\n").writeTo(dir);

        assertThat(catchThrowableOfType(BundleException.class, () -> new BundleReader().read(dir)).getMessage())
                .isEqualTo("campaign.yaml:22: letters.letter-ko.translation_of: it is in 'en', the language of"
                        + " 'letter' itself: set its language");
    }

    @Test
    void aCampaignWithoutTheNewKeysIsWrittenWithoutThem() throws Exception {
        Path out = dir.resolve("out");
        new BundleWriter().write(new BundleReader().read(new FixtureBundle().writeTo(dir.resolve("plain"))), out);

        assertThat(Files.readString(out.resolve("campaign.yaml"))).doesNotContain("words:", "\nnotes:", "translation_of")
                .containsOnlyOnce("language: en");
    }
}
