package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.domain.Resolution;
import org.appeal.domain.Signatory;
import org.appeal.domain.Sponsorship;
import org.appeal.domain.UnBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundleReaderSampleTest {
    static final Path SAMPLE = Path.of("seeds/sample-campaign");

    private static CampaignData data;

    @BeforeAll
    static void readSample() throws BundleException {
        data = new BundleReader().read(SAMPLE);
    }

    @Test
    void campaignAndLetterSettings() {
        assertThat(data.campaign().id()).isEqualTo("rok-unga80-dprk-2025");
        assertThat(data.campaign().title())
                .isEqualTo("2025 North Korean human rights resolution, 80th UN General Assembly");
        assertThat(data.campaign().language()).isEqualTo("en");
        assertThat(data.campaign().targetState()).isEqualTo("Republic of Korea");
        assertThat(data.letter().subject()).isEqualTo("2025 North Korean human rights resolution to be adopted at"
                + " the 80<sup>th</sup> United Nations General Assembly");
        assertThat(data.letter().date()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(data.letter().signatoriesAsOf()).isEqualTo(LocalDate.of(2025, 7, 9));
        assertThat(data.letter().templateName()).isEqualTo("letter.html.vm");
        assertThat(data.letter().body()).startsWith("We urge your government").endsWith("Thank you.\n");
    }

    @Test
    void recipientsOneToThreeCc() {
        assertThat(data.recipients()).hasSize(4);
        assertThat(data.recipients()).filteredOn(r -> r.role() == Recipient.Role.TO).hasSize(1);
        assertThat(data.copied()).extracting(Recipient::id)
                .containsExactly("prime-minister", "foreign-minister", "unification-minister");
    }

    @Test
    void presidentKeepsMultiLineAddressAndContactsAsTyped() {
        Recipient president = data.addressee().orElseThrow();
        assertThat(president.id()).isEqualTo("president");
        assertThat(president.position()).isEqualTo(1);
        assertThat(president.formOfAddress()).isEqualTo("President Lee Jae-myung");
        assertThat(president.office()).isEmpty();
        assertThat(president.addressLines())
                .containsExactly("22, Itaewon-ro, Yongsan-gu, Seoul 04383", "Republic of Korea");
        assertThat(president.fax()).isEqualTo("+82 2-770-4721");
        assertThat(president.email()).isEqualTo("president.go.kr");
        assertThat(data.recipient("unification-minister").orElseThrow().fax()).isEqualTo("+82 2 2100 5851/49");
    }

    @Test
    void signatoriesTwentyOrganisationsTwoIndividuals() {
        assertThat(data.signatories().all()).hasSize(22);
        assertThat(data.signatories().all()).filteredOn(s -> s.kind() == Signatory.Kind.ORGANISATION).hasSize(20);
        assertThat(data.signatories().all()).filteredOn(s -> s.kind() == Signatory.Kind.INDIVIDUAL)
                .extracting(Signatory::name).containsExactly("Lord Alton of Liverpool", "Roberta Cohen");
        Signatory cadal = data.signatories().all().get(0);
        assertThat(cadal.name()).isEqualTo("Centro para la Apertura y el Desarrollo de América Latina");
        assertThat(cadal.acronym()).isEqualTo("CADAL");
        assertThat(cadal.signedOn()).isNull();
        assertThat(cadal.withdrawnOn()).isNull();
        assertThat(data.signatories().asOf(data.letter().signatoriesAsOf()).count()).isEqualTo(22);
    }

    @Test
    void resolutionsWithUnknownValuesLeftEmpty() {
        assertThat(data.resolutions()).extracting(Resolution::symbol).containsExactly(
                "A/RES/73/180", "A/RES/74/166", "A/RES/75/190", "A/RES/78/218", "A/RES/79/181");
        Resolution r73 = data.resolutions().get(0);
        assertThat(r73.adoptedOn()).isNull();
        assertThat(r73.adoption()).isEqualTo(Resolution.Adoption.WITHOUT_VOTE);
        assertThat(r73.title()).isEqualTo("Situation of human rights in the Democratic People\u2019s Republic of Korea");
        Resolution r79 = data.resolutions().get(4);
        assertThat(r79.body()).isEqualTo(UnBody.GA);
        assertThat(r79.session()).isEqualTo(79);
        assertThat(r79.adoptedOn()).isEqualTo(LocalDate.of(2024, 12, 17));
        assertThat(r79.title()).isEmpty();
        assertThat(r79.adoption()).isEqualTo(Resolution.Adoption.UNKNOWN);
    }

    @Test
    void sponsorshipsByYearWithGapFrom2019To2021() {
        assertThat(data.sponsorships()).hasSize(30);
        assertThat(data.sponsorships()).filteredOn(s -> !s.cosponsored())
                .extracting(Sponsorship::id).containsExactly("kor-hrc-2019", "kor-ga-2019", "kor-hrc-2020",
                        "kor-ga-2020", "kor-hrc-2021", "kor-ga-2021", "kor-hrc-2022");
        Sponsorship first = data.sponsorships().get(0);
        assertThat(first.body()).isEqualTo(UnBody.HRC);
        assertThat(first.year()).isEqualTo(2008);
        assertThat(first.date()).isNull();
        assertThat(first.resolutionSymbol()).isEmpty();
    }

    @Test
    void sourcesWithTheirTextsAndEvidenceQuotingThemWordForWord() {
        assertThat(data.sources()).extracting(org.appeal.domain.Source::id).containsExactly("a-res-78-218",
                "a-res-79-181", "apr2p-rok-2022", "coi-report-2014", "mofa-hlm-dprk-2025", "mofa-hrc55-2024",
                "rok-note-verbale-2024");
        assertThat(data.source("rok-note-verbale-2024").orElseThrow().paragraphs()).hasSize(36);
        assertThat(data.evidence()).allSatisfy(e -> assertThat(org.appeal.domain.QuoteCheck.of(e,
                data.source(e.sourceId())).status()).as(e.citationKey()).isEqualTo(e.citationKey().equals("coi-2014")
                ? org.appeal.domain.QuoteCheck.Status.NOT_CHECKED : org.appeal.domain.QuoteCheck.Status.VERIFIED));
        assertThat(data.letterNames()).containsExactly("letter", "briefing", "letter-ko");
        assertThat(data.versionsOf("letter")).containsExactly("letter", "letter-ko");
        assertThat(data.languageOf("letter-ko")).contains("ko");
    }
}
