package org.appeal.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Resolutions in the order they were adopted, as known on a letter's date: a letter of
 * 28 October 2025 cannot cite a resolution adopted that December, so later ones are left out.
 */
public final class ResolutionChronology {
    /**
     * Within one body, sessions are numbered in time order, so the session orders resolutions whose
     * day is unknown; the day orders those of one session.
     */
    private static final Comparator<Resolution> WITHIN_BODY =
            Comparator.comparing(Resolution::session, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Resolution::adoptedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Resolution::symbol)
                    .thenComparing(Resolution::id);

    /** Session numbers of different bodies do not compare, so across bodies only the day can. */
    private static final Comparator<Resolution> BY_DAY =
            Comparator.comparing(Resolution::adoptedOn).thenComparing(Resolution::body).thenComparing(WITHIN_BODY);

    private ResolutionChronology() {
    }

    /** Every resolution of {@code body} not adopted after {@code asOf}, oldest first. */
    public static List<Resolution> of(List<Resolution> resolutions, UnBody body, LocalDate asOf) {
        return resolutions.stream()
                .filter(r -> r.body() == body && notAfter(r, asOf))
                .sorted(WITHIN_BODY)
                .toList();
    }

    /**
     * The {@code count} most recent resolutions with a known adoption day, of {@code body} or of
     * every body when it is {@code null}, oldest first, as a sentence cites them.
     */
    public static List<Resolution> recent(List<Resolution> resolutions, UnBody body, LocalDate asOf, int count) {
        List<Resolution> dated = resolutions.stream()
                .filter(r -> (body == null || r.body() == body) && r.adoptedOn() != null && notAfter(r, asOf))
                .sorted(BY_DAY)
                .toList();
        return dated.subList(Math.max(0, dated.size() - count), dated.size());
    }

    private static boolean notAfter(Resolution r, LocalDate asOf) {
        return asOf == null || r.adoptedOn() == null || !r.adoptedOn().isAfter(asOf);
    }
}
