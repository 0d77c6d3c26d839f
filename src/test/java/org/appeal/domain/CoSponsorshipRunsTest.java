package org.appeal.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.appeal.domain.CoSponsorshipRun.Span.BETWEEN_YEARS;
import static org.appeal.domain.CoSponsorshipRun.Span.EVERY_YEAR;
import static org.appeal.domain.CoSponsorshipRun.Span.PART_OF_YEAR;
import static org.appeal.domain.CoSponsorshipRun.Span.YEAR;
import static org.appeal.domain.SponsorshipStatus.COSPONSORED;
import static org.appeal.domain.SponsorshipStatus.DECLINED;
import static org.appeal.domain.SponsorshipStatus.UNKNOWN;

/**
 * Runs over the record the seed letter states (yes 2008–2018 in both bodies, no from 2019 to the
 * Council's 2022 session, yes at the Assembly in 2022), and variations of it.
 */
class CoSponsorshipRunsTest {
    static final String ROK = "Republic of Korea";
    private static final LocalDate LETTER = LocalDate.of(2025, 10, 28);

    /** The sample campaign's records, built here so the test does not depend on the bundle reader. */
    static List<Sponsorship> seedRecord() {
        List<Sponsorship> records = new ArrayList<>();
        for (int year = 2008; year <= 2022; year++) {
            records.add(record(UnBody.HRC, year, null, year <= 2018));
            records.add(record(UnBody.GA, year, null, year <= 2018 || year == 2022));
        }
        return records;
    }

    static Sponsorship record(UnBody body, int year, LocalDate date, boolean cosponsored) {
        return new Sponsorship(body + "-" + year + (date == null ? "" : "-" + date), ROK, body, year, date, "",
                cosponsored, "");
    }

    private static CoSponsorshipRuns runs(List<Sponsorship> records) {
        return CoSponsorshipRuns.of(SponsorshipTimeline.of(ROK, records, LETTER));
    }

    private static List<Sponsorship> replace(List<Sponsorship> records, UnBody body, int year, Sponsorship with) {
        List<Sponsorship> changed = new ArrayList<>(records);
        changed.removeIf(s -> s.body() == body && s.year() == year);
        if (with != null) {
            changed.add(with);
        }
        return changed;
    }

    private static String describe(CoSponsorshipRun run) {
        return run.status() + " " + run.span() + " " + run.fromYear() + "-" + run.toYear()
                + (run.span() == PART_OF_YEAR ? " " + run.firstPart() : "");
    }

    @Test
    void theSeedRecordIsThreeRunsAsTheLetterTellsIt() {
        CoSponsorshipRuns runs = runs(seedRecord());

        assertThat(runs.runs()).extracting(CoSponsorshipRunsTest::describe).containsExactly(
                "COSPONSORED EVERY_YEAR 2008-2018",
                "DECLINED BETWEEN_YEARS 2019-2022",
                "COSPONSORED PART_OF_YEAR 2022-2022 LATE");
        assertThat(runs.runs().get(0).bodies()).containsExactly(UnBody.GA, UnBody.HRC);
        assertThat(runs.runs().get(2).bodies()).containsExactly(UnBody.GA);
        assertThat(runs.first(COSPONSORED)).contains(runs.runs().get(0));
        assertThat(runs.last(DECLINED)).contains(runs.runs().get(1));
        assertThat(runs.last(COSPONSORED)).contains(runs.runs().get(2));
        assertThat(runs.first(UNKNOWN)).isEmpty();
    }

    @Test
    void oneBodyVotingDifferentlySplitsTheYear() {
        List<Sponsorship> records = replace(seedRecord(), UnBody.GA, 2015, record(UnBody.GA, 2015, null, false));

        assertThat(runs(records).runs()).extracting(CoSponsorshipRunsTest::describe).containsExactly(
                "COSPONSORED BETWEEN_YEARS 2008-2015",
                "DECLINED PART_OF_YEAR 2015-2015 LATE",
                "COSPONSORED EVERY_YEAR 2016-2018",
                "DECLINED BETWEEN_YEARS 2019-2022",
                "COSPONSORED PART_OF_YEAR 2022-2022 LATE");
    }

    @Test
    void aMissingRecordIsUnknownNeverDeclined() {
        List<Sponsorship> records = replace(seedRecord(), UnBody.GA, 2015, null);
        CoSponsorshipRuns runs = runs(records);

        assertThat(runs.runs()).extracting(CoSponsorshipRunsTest::describe).containsExactly(
                "COSPONSORED BETWEEN_YEARS 2008-2015",
                "UNKNOWN PART_OF_YEAR 2015-2015 LATE",
                "COSPONSORED EVERY_YEAR 2016-2018",
                "DECLINED BETWEEN_YEARS 2019-2022",
                "COSPONSORED PART_OF_YEAR 2022-2022 LATE");
        assertThat(runs.last(DECLINED).orElseThrow().fromYear()).isEqualTo(2019);
    }

    @Test
    void aWholeMissingYearIsAnUnknownYear() {
        List<Sponsorship> records = replace(replace(seedRecord(), UnBody.GA, 2012, null), UnBody.HRC, 2012, null);

        assertThat(runs(records).runs()).extracting(CoSponsorshipRunsTest::describe).startsWith(
                "COSPONSORED EVERY_YEAR 2008-2011",
                "UNKNOWN YEAR 2012-2012",
                "COSPONSORED EVERY_YEAR 2013-2018");
    }

    @Test
    void aDatedRecordIsPlacedByItsDayNotByTheBodysUsualSession() {
        // A Council resolution adopted in October falls in the same late part of the year as the
        // Assembly's; within that part the Council's record still comes first.
        List<Sponsorship> records = List.of(
                record(UnBody.GA, 2020, null, false),
                record(UnBody.HRC, 2020, LocalDate.of(2020, 10, 7), true),
                record(UnBody.HRC, 2021, LocalDate.of(2021, 3, 30), false),
                record(UnBody.GA, 2021, null, false));
        SponsorshipTimeline timeline = SponsorshipTimeline.of(ROK, records, null);

        assertThat(timeline.slots()).extracting(s -> s.year() + " " + s.part() + " " + s.body() + " " + s.status())
                .containsExactly(
                        "2020 LATE HRC COSPONSORED", "2020 LATE GA DECLINED",
                        "2021 EARLY HRC DECLINED", "2021 LATE GA DECLINED");
        assertThat(CoSponsorshipRuns.of(timeline).runs()).extracting(CoSponsorshipRunsTest::describe)
                .containsExactly("COSPONSORED PART_OF_YEAR 2020-2020 LATE", "DECLINED BETWEEN_YEARS 2020-2021");
    }

    @Test
    void aRunOfOneWholeYearAndARunStartingLate() {
        List<Sponsorship> records = new ArrayList<>(seedRecord());
        records.add(record(UnBody.HRC, 2023, null, true));
        records.add(record(UnBody.GA, 2023, null, true));
        records.add(record(UnBody.HRC, 2024, null, true));
        CoSponsorshipRun returned = runs(records).last(COSPONSORED).orElseThrow();

        assertThat(describe(returned)).isEqualTo("COSPONSORED BETWEEN_YEARS 2022-2024");
        // Its beginning is still "late 2022", what the letter's "returned" sentence needs.
        assertThat(returned.startSpan()).isEqualTo(PART_OF_YEAR);
        assertThat(returned.firstPart()).isEqualTo(YearPart.LATE);

        List<Sponsorship> wholeYear = List.of(record(UnBody.HRC, 2001, null, true), record(UnBody.GA, 2001, null, true));
        CoSponsorshipRun only = runs(wholeYear).runs().get(0);
        assertThat(only.span()).isEqualTo(YEAR);
        assertThat(only.startSpan()).isEqualTo(YEAR);
        // Spring and summer of one year but not its autumn: no single part names it, so "in 2001".
        List<Sponsorship> twoSessions = List.of(record(UnBody.HRC, 2001, LocalDate.of(2001, 3, 28), true),
                record(UnBody.HRC, 2001, LocalDate.of(2001, 7, 6), true), record(UnBody.GA, 2001, null, false));
        assertThat(runs(twoSessions).runs()).extracting(CoSponsorshipRunsTest::describe)
                .containsExactly("COSPONSORED YEAR 2001-2001", "DECLINED PART_OF_YEAR 2001-2001 LATE");
        assertThat(runs(List.of(record(UnBody.GA, 2008, null, true), record(UnBody.GA, 2009, null, true)))
                .runs()).extracting(CoSponsorshipRun::span).containsExactly(EVERY_YEAR);
    }

    @Test
    void otherStatesAndLaterRecordsAreLeftOut() {
        List<Sponsorship> records = new ArrayList<>(seedRecord());
        records.add(new Sponsorship("jp", "Japan", UnBody.GA, 2019, null, "", true, ""));
        records.add(record(UnBody.GA, 2025, LocalDate.of(2025, 12, 17), false));
        records.add(record(UnBody.GA, 2026, null, false));
        records.add(new Sponsorship("unnamed", "", UnBody.HRC, 2023, null, "", true, ""));

        SponsorshipTimeline timeline = SponsorshipTimeline.of("REPUBLIC OF KOREA", records, LETTER);

        assertThat(timeline.years()).containsExactly(2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017,
                2018, 2019, 2020, 2021, 2022, 2023);
        assertThat(timeline.in(2019, UnBody.GA)).extracting(SponsorshipTimeline.Slot::status).containsExactly(DECLINED);
        assertThat(timeline.in(2023, UnBody.HRC)).extracting(SponsorshipTimeline.Slot::status).containsExactly(COSPONSORED);
        assertThat(timeline.in(2023, UnBody.GA)).extracting(SponsorshipTimeline.Slot::status).containsExactly(UNKNOWN);
    }

    @Test
    void noRecordsNoRuns() {
        assertThat(runs(List.of()).runs()).isEmpty();
        assertThat(SponsorshipTimeline.of(ROK, List.of(), LETTER).years()).isEmpty();
    }
}
