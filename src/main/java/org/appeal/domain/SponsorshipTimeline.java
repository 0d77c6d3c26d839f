package org.appeal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One state's co-sponsorship record as a sequence of decisions in time: for every year from the
 * first to the last record and every body the records mention, the recorded decisions, or one
 * {@link SponsorshipStatus#UNKNOWN} slot where there is no record. Within a year, slots are in
 * the order the bodies decide ({@link YearPart}), so the Council's spring resolution comes before
 * the Assembly's December one.
 *
 * @param state  the state, as the campaign names it
 * @param bodies the bodies the state's records mention, in {@link UnBody} order
 * @param slots  in time order; consecutive years, none missing
 */
public record SponsorshipTimeline(String state, List<UnBody> bodies, List<Slot> slots) {

    /** One decision (or a missing record) of one body in one part of a year. */
    public record Slot(int year, YearPart part, UnBody body, SponsorshipStatus status) {
        public Slot {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(status, "status");
        }
    }

    private static final Comparator<Placed> IN_TIME = Comparator.<Placed>comparingInt(p -> p.slot.year())
            .thenComparing(p -> p.slot.part())
            // Two bodies in the same part of a year (dated records): the one that usually decides first.
            .thenComparing(p -> YearPart.usualFor(p.slot.body()))
            .thenComparing(p -> p.slot.body())
            .thenComparing(p -> p.date, Comparator.nullsLast(Comparator.naturalOrder()));

    public SponsorshipTimeline {
        state = state == null ? "" : state;
        bodies = List.copyOf(bodies);
        slots = List.copyOf(slots);
    }

    /**
     * The timeline of {@code state} as known on {@code asOf}: records of other states are left out,
     * and so are records dated after {@code asOf} or of a later year, which a letter of that day
     * cannot report. A record without a state counts as the state's: bundles may leave the column
     * empty when a campaign follows one state.
     */
    public static SponsorshipTimeline of(String state, List<Sponsorship> sponsorships, LocalDate asOf) {
        List<Sponsorship> own = sponsorships.stream()
                .filter(s -> StateNames.same(s.state(), state) || s.state().isBlank())
                .filter(s -> asOf == null || s.year() < asOf.getYear()
                        || s.year() == asOf.getYear() && (s.date() == null || !s.date().isAfter(asOf)))
                .toList();
        List<UnBody> bodies = own.stream().map(Sponsorship::body).distinct().sorted().toList();
        List<Placed> placed = new ArrayList<>();
        own.forEach(s -> placed.add(new Placed(new Slot(s.year(), s.date() == null
                ? YearPart.usualFor(s.body()) : YearPart.of(s.date()), s.body(), SponsorshipStatus.of(s)), s.date())));
        int first = own.stream().mapToInt(Sponsorship::year).min().orElse(0);
        int last = own.stream().mapToInt(Sponsorship::year).max().orElse(-1);
        for (int year = first; year <= last; year++) {
            for (UnBody body : bodies) {
                if (!has(own, year, body)) {
                    placed.add(new Placed(new Slot(year, YearPart.usualFor(body), body, SponsorshipStatus.UNKNOWN), null));
                }
            }
        }
        placed.sort(IN_TIME);
        return new SponsorshipTimeline(state, bodies, placed.stream().map(Placed::slot).toList());
    }

    private static boolean has(List<Sponsorship> records, int year, UnBody body) {
        return records.stream().anyMatch(s -> s.year() == year && s.body() == body);
    }

    /** The years from the first record to the last, each of them, ascending. */
    public List<Integer> years() {
        return slots.stream().map(Slot::year).distinct().toList();
    }

    /** The slots of one body in one year: one per record, or a single unknown one. */
    public List<Slot> in(int year, UnBody body) {
        return slots.stream().filter(s -> s.year() == year && s.body() == body).toList();
    }

    /** A slot and, for sorting within a part of the year, its record's day if known. */
    private record Placed(Slot slot, LocalDate date) {
    }
}
