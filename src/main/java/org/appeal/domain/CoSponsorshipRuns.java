package org.appeal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A state's co-sponsorship record as runs: consecutive decisions with the same status, across the
 * bodies, in time order. A year splits into two runs when the bodies decided differently or when a
 * dated record falls in another part of the year; a year with no record is a run of
 * {@link SponsorshipStatus#UNKNOWN}, so it also ends the runs around it.
 */
public record CoSponsorshipRuns(List<CoSponsorshipRun> runs) {
    public CoSponsorshipRuns {
        runs = List.copyOf(runs);
    }

    public static CoSponsorshipRuns of(SponsorshipTimeline timeline) {
        List<SponsorshipTimeline.Slot> slots = timeline.slots();
        List<CoSponsorshipRun> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= slots.size(); i++) {
            if (i == slots.size() || slots.get(i).status() != slots.get(start).status()) {
                boolean startsYear = start == 0 || slots.get(start - 1).year() != slots.get(start).year();
                boolean endsYear = i == slots.size() || slots.get(i).year() != slots.get(i - 1).year();
                runs.add(new CoSponsorshipRun(slots.get(start).status(), slots.subList(start, i), startsYear, endsYear));
                start = i;
            }
        }
        return new CoSponsorshipRuns(runs);
    }

    /** The earliest run with this status ("from 2008 to 2018 it co-sponsored"). */
    public Optional<CoSponsorshipRun> first(SponsorshipStatus status) {
        return runs.stream().filter(r -> r.status() == status).findFirst();
    }

    /** The most recent run with this status ("between 2019 and 2022 it declined"). */
    public Optional<CoSponsorshipRun> last(SponsorshipStatus status) {
        return runs.stream().filter(r -> r.status() == status).reduce((earlier, later) -> later);
    }
}
