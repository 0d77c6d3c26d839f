package org.appeal.compose;

import org.appeal.compose.view.HistoryView;
import org.appeal.compose.view.HistoryYearView;
import org.appeal.compose.view.ResolutionView;
import org.appeal.compose.view.RunView;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Resolution;
import org.appeal.domain.Sponsorship;
import org.appeal.domain.UnBody;
import org.appeal.domain.Vote;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code $history} over the sample campaign's records (the seed documents' facts) and variations of them. */
class HistoryViewsTest {
    static CampaignData sample;

    @BeforeAll
    static void readSample() throws Exception {
        sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
    }

    /** The sample with one body's record of one year replaced, or removed when {@code cosponsored} is null. */
    static CampaignData withRecord(CampaignData data, UnBody body, int year, Boolean cosponsored) {
        List<Sponsorship> records = new ArrayList<>(data.sponsorships());
        records.removeIf(s -> s.body() == body && s.year() == year);
        if (cosponsored != null) {
            records.add(new Sponsorship("changed", data.campaign().targetState(), body, year, null, "", cosponsored, ""));
        }
        return new CampaignData(data.campaign(), data.letter(), data.recipients(), data.signatories(),
                data.resolutions(), records, data.sources(), data.evidence());
    }

    static CampaignData inLanguage(CampaignData data, String language) {
        Campaign c = data.campaign();
        return new CampaignData(new Campaign(c.id(), c.title(), language, c.targetState(), c.coalition()), data.letter(),
                data.recipients(), data.signatories(), data.resolutions(), data.sponsorships(), data.sources(),
                data.evidence());
    }

    @Test
    void theSampleRunsAreTheSeedLettersWords() {
        HistoryView history = HistoryViews.of(sample, List.of());

        assertThat(history.state()).isEqualTo("Republic of Korea");
        assertThat(history.runs()).extracting(RunView::text)
                .containsExactly("Every year from 2008 to 2018", "Between 2019 and 2022", "In late 2022");
        assertThat(history.firstCosponsored().text()).isEqualTo("Every year from 2008 to 2018");
        assertThat(history.lastDeclined().text()).isEqualTo("Between 2019 and 2022");
        assertThat(history.lastCosponsored().start()).isEqualTo("In late 2022");
        assertThat(history.lastCosponsored().text()).isEqualTo("In late 2022");
        assertThat(history.firstCosponsored().phrase()).isEqualTo("every year from 2008 to 2018");
    }

    @Test
    void runsCarryTheirStatusYearsAndBodies() {
        HistoryView history = HistoryViews.of(sample, List.of());

        RunView declined = history.lastDeclined();
        assertThat(declined.status()).isEqualTo("no");
        assertThat(declined.cosponsored()).isFalse();
        assertThat(declined.from()).isEqualTo(2019);
        assertThat(declined.to()).isEqualTo(2022);
        assertThat(declined.bodies()).containsExactly("General Assembly", "Human Rights Council");
        assertThat(history.lastCosponsored().bodies()).containsExactly("General Assembly");
        assertThat(history.lastCosponsored().cosponsored()).isTrue();
    }

    @Test
    void changingOneYearsRecordChangesTheRuns() {
        HistoryView history = HistoryViews.of(withRecord(sample, UnBody.GA, 2015, false), List.of());

        assertThat(history.runs()).extracting(RunView::text).containsExactly(
                "Between 2008 and 2015", "In late 2015", "Every year from 2016 to 2018", "Between 2019 and 2022",
                "In late 2022");
        assertThat(history.runs()).extracting(RunView::status).containsExactly("yes", "no", "yes", "no", "yes");
        assertThat(history.firstCosponsored().text()).isEqualTo("Between 2008 and 2015");
        assertThat(history.lastDeclined().text()).isEqualTo("Between 2019 and 2022");
    }

    @Test
    void aMissingYearIsShownAsUnknownNotAsNo() {
        CampaignData gap = withRecord(withRecord(sample, UnBody.GA, 2012, null), UnBody.HRC, 2012, null);
        HistoryView history = HistoryViews.of(gap, List.of());

        assertThat(history.runs()).extracting(r -> r.status() + ": " + r.text()).startsWith(
                "yes: Every year from 2008 to 2011", "unknown: In 2012", "yes: Every year from 2013 to 2018");
        HistoryYearView year2012 = history.years().stream().filter(y -> y.year() == 2012).findFirst().orElseThrow();
        assertThat(year2012.cells()).extracting(c -> c.status() + " " + c.label())
                .containsExactly("unknown unknown", "unknown unknown");
    }

    @Test
    void theTableHasEveryYearWithACellPerBody() {
        HistoryView history = HistoryViews.of(sample, List.of());

        assertThat(history.bodies()).extracting(b -> b.code() + " " + b.name())
                .containsExactly("GA General Assembly", "HRC Human Rights Council");
        assertThat(history.years()).extracting(HistoryYearView::year).containsExactly(2008, 2009, 2010, 2011, 2012,
                2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022);
        assertThat(history.years().get(history.years().size() - 1).cells()).extracting(c -> c.label())
                .containsExactly("co-sponsored", "did not co-sponsor");
        assertThat(history.headings().vote()).isEqualTo("Vote of Republic of Korea");
    }

    @Test
    void recentResolutionsWithNumberDayAndAdoption() {
        HistoryView history = HistoryViews.of(sample, List.of());

        assertThat(history.ga().recent()).extracting(r -> r.number() + " of " + r.adoptedOn())
                .containsExactly("78/218 of December 19, 2023", "79/181 of December 17, 2024");
        assertThat(history.ga().previous().number()).isEqualTo("78/218");
        assertThat(history.ga().latest().number()).isEqualTo("79/181");
        assertThat(history.hrc().latest()).isNull();
        assertThat(history.recent()).isEqualTo(history.ga().recent());
        assertThat(history.hrc().recent()).isEmpty();
        assertThat(history.ga().resolutions()).extracting(ResolutionView::symbol).containsExactly(
                "A/RES/73/180", "A/RES/74/166", "A/RES/75/190", "A/RES/78/218", "A/RES/79/181");
        ResolutionView of2018 = history.ga().resolutions().get(0);
        assertThat(of2018.adoption()).isEqualTo("adopted without a vote");
        assertThat(of2018.adoptedOn()).isEmpty();
        assertThat(of2018.session()).isEqualTo("73");
        assertThat(of2018.body()).isEqualTo("General Assembly");
        // The seed letter does not say how 78/218 was adopted, so the sample leaves it unknown: no words.
        assertThat(history.ga().recent().get(0).adoption()).isEmpty();
        assertThat(history.ga().recent().get(0).vote()).isEmpty();
    }

    @Test
    void theTargetStatesRecordedVoteIsShown() {
        // Made-up resolution and votes: the sample has no recorded vote.
        Resolution made = new Resolution("x", "A/RES/99/1", UnBody.GA, 99, LocalDate.of(2024, 12, 20), "Made up",
                Resolution.Adoption.RECORDED_VOTE, "");
        List<Resolution> resolutions = new ArrayList<>(sample.resolutions());
        resolutions.add(made);
        CampaignData data = new CampaignData(sample.campaign(), sample.letter(), sample.recipients(),
                sample.signatories(), resolutions, sample.sponsorships(), List.of(), List.of());
        List<Vote> votes = List.of(new Vote("A/RES/99/1", "JAPAN", Vote.Choice.NO),
                new Vote("A/RES/99/1", "REPUBLIC OF KOREA", Vote.Choice.ABSTAIN));

        ResolutionView latest = HistoryViews.of(data, votes).ga().recent().get(1);

        assertThat(latest.number()).isEqualTo("99/1");
        assertThat(latest.adoption()).isEqualTo("adopted by recorded vote");
        assertThat(latest.vote()).isEqualTo("abstained");
        assertThat(HistoryViews.of(inLanguage(data, "ko"), votes).ga().recent().get(1).vote()).isEqualTo("기권");
    }

    @Test
    void koreanWording() {
        HistoryView history = HistoryViews.of(inLanguage(sample, "ko"), List.of());

        assertThat(history.runs()).extracting(RunView::text)
                .containsExactly("2008년부터 2018년까지 매년", "2019년과 2022년 사이에", "2022년 말에");
        assertThat(history.runs().get(0).phrase()).isEqualTo("2008년부터 2018년까지 매년");
        assertThat(history.ga().recent()).extracting(r -> r.number() + " " + r.adoptedOn())
                .containsExactly("78/218 2023년 12월 19일", "79/181 2024년 12월 17일");
        assertThat(history.ga().resolutions().get(0).adoption()).isEqualTo("표결 없이 채택");
        assertThat(history.bodies()).extracting(b -> b.name()).containsExactly("유엔 총회", "유엔 인권이사회");
        assertThat(history.years().get(0).cells()).extracting(c -> c.label()).containsExactly("공동제안", "공동제안");
        assertThat(HistoryViews.of(inLanguage(withRecord(sample, UnBody.GA, 2015, false), "ko"), List.of())
                .runs()).extracting(RunView::text).startsWith("2008년과 2015년 사이에", "2015년 말에");
    }

    @Test
    void withoutRecordsThereAreNoRunsToCite() {
        CampaignData none = new CampaignData(new Campaign("c", "t", "en"), sample.letter(), sample.recipients(),
                sample.signatories(), List.of(), List.of(), List.of(), List.of());

        HistoryView history = HistoryViews.of(none, List.of());

        assertThat(history.state()).isEmpty();
        assertThat(history.runs()).isEmpty();
        assertThat(history.firstCosponsored()).isNull();
        assertThat(history.lastDeclined()).isNull();
        assertThat(history.years()).isEmpty();
        assertThat(history.recent()).isEmpty();
        assertThat(history.headings().vote()).isEqualTo("Vote");
    }
}
