package org.appeal.domain;

import java.time.LocalDate;

/**
 * The part of a year in which a UN body decided on a resolution: what lets a letter say "in late
 * 2022" when a state co-sponsored the Assembly's resolution but not the Council's of the same year.
 */
public enum YearPart {
    /** January to April. */
    EARLY,
    /** May to August. */
    MID,
    /** September to December. */
    LATE;

    public static YearPart of(LocalDate day) {
        int month = day.getMonthValue();
        return month <= 4 ? EARLY : month <= 8 ? MID : LATE;
    }

    /**
     * When a body usually decides, for records that give only a year (sources such as the seed
     * letter state the year, rarely the day). This is the UN calendar, not a guess about one record:
     * the Human Rights Council renews country mandates such as the DPRK's at its main session
     * (February to April); the General Assembly's Third Committee votes in November and the plenary
     * adopts in December. The bundle's canonical row order (HRC before GA within a year) rests on
     * the same fact. A record with a date uses the date instead.
     */
    public static YearPart usualFor(UnBody body) {
        return switch (body) {
            case HRC -> EARLY;
            case GA -> LATE;
        };
    }
}
