package org.appeal.domain;

import java.util.List;
import java.util.Objects;

/**
 * Consecutive decisions of one state with the same status, across bodies: "every year from 2008
 * to 2018 it co-sponsored", "in late 2022 it co-sponsored". Whether the run fills its first and
 * last years decides how a letter may put it: only a run of whole years is "every year".
 *
 * @param slots     the run's slots, in time order, at least one
 * @param startsYear whether the run begins with its first year's first slot
 * @param endsYear   whether the run ends with its last year's last slot
 */
public record CoSponsorshipRun(SponsorshipStatus status, List<SponsorshipTimeline.Slot> slots,
                               boolean startsYear, boolean endsYear) {

    /** How much of its years a run covers, which is what its wording depends on. */
    public enum Span {
        /** Several years, each of them whole: "every year from 2008 to 2018". */
        EVERY_YEAR,
        /** Several years, the first or last only in part: "between 2019 and 2022". */
        BETWEEN_YEARS,
        /** One whole year, or parts of it that no single {@link YearPart} names: "in 2022". */
        YEAR,
        /** Part of one year: "in late 2022". */
        PART_OF_YEAR
    }

    public CoSponsorshipRun {
        Objects.requireNonNull(status, "status");
        slots = List.copyOf(slots);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("a run has at least one slot");
        }
        if (slots.stream().anyMatch(s -> s.status() != status)) {
            throw new IllegalArgumentException("every slot of a run has the run's status " + status);
        }
    }

    public int fromYear() {
        return slots.get(0).year();
    }

    public int toYear() {
        return slots.get(slots.size() - 1).year();
    }

    /** The part of the year the run began in. */
    public YearPart firstPart() {
        return slots.get(0).part();
    }

    public YearPart lastPart() {
        return slots.get(slots.size() - 1).part();
    }

    /** The bodies whose decisions make up the run, in {@link UnBody} order. */
    public List<UnBody> bodies() {
        return slots.stream().map(SponsorshipTimeline.Slot::body).distinct().sorted().toList();
    }

    public Span span() {
        boolean whole = startsYear && endsYear;
        if (fromYear() != toYear()) {
            return whole ? Span.EVERY_YEAR : Span.BETWEEN_YEARS;
        }
        return whole || firstPart() != lastPart() ? Span.YEAR : Span.PART_OF_YEAR;
    }

    /**
     * How the run's beginning is put: a run that began with its first year is "in 2022", one that
     * began part-way is "in late 2022". "In late 2022, it returned to co-sponsoring" stays true when
     * later years of co-sponsorship are added to the data.
     */
    public Span startSpan() {
        return startsYear ? Span.YEAR : Span.PART_OF_YEAR;
    }
}
