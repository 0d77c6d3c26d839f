package org.appeal.ui.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Days and moments as the interface writes them in sentences and cells, not as the JDK does. */
class ShownDatesTest {
    private static final Messages KOREAN = new Messages(Locale.KOREAN);
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void aDayIsWrittenTheInterfacesWay() {
        assertThat(ShownDates.day(LocalDate.of(2025, 7, 9), KOREAN)).isEqualTo("2025년 7월 9일");
        assertThat(ShownDates.day(LocalDate.of(2025, 7, 9), ENGLISH)).isEqualTo("9 Jul 2025");
    }

    @Test
    void aMomentIsItsDayTheInterfacesWayAndItsTimeOnATwentyFourHourClockInTheGivenZone() {
        Instant saved = Instant.parse("2026-12-02T05:05:00Z");   // 14:05 in Seoul

        assertThat(ShownDates.moment(saved, SEOUL, KOREAN)).isEqualTo("2026년 12월 2일 14:05");
        assertThat(ShownDates.moment(saved, SEOUL, ENGLISH)).isEqualTo("2 Dec 2026 14:05");
        assertThat(ShownDates.moment(saved, ZoneId.of("UTC"), KOREAN)).isEqualTo("2026년 12월 2일 05:05");
    }
}
