package org.appeal.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DateEntryTest {
    private static final LocalDate NOV_10 = LocalDate.of(2025, 11, 10);

    @ParameterizedTest
    @ValueSource(strings = {"2025-11-10", " 2025-11-10 ", "2025-11-10", "10 Nov 2025", "10 November 2025", "November 10, 2025",
            "Nov. 10, 2025", "nov 10 2025", "2025. 11. 10.", "2025.11.10", "2025/11/10", "2025년 11월 10일", "2025년11월10일"})
    void readsIsoTheInterfacesFormAndMonthsAsWords(String entry) {
        assertThat(DateEntry.read(entry, Locale.ENGLISH)).isEqualTo(new DateEntry.Read(NOV_10));
        assertThat(DateEntry.read(entry, Locale.KOREAN)).isEqualTo(new DateEntry.Read(NOV_10));
    }

    @Test
    void showsDatesTheWayTheInterfaceReadsThem() {
        assertThat(DateEntry.show(NOV_10, Locale.ENGLISH)).isEqualTo("10 Nov 2025");
        assertThat(DateEntry.show(NOV_10, Locale.KOREAN)).isEqualTo("2025년 11월 10일");
        assertThat(DateEntry.iso(NOV_10)).isEqualTo("2025-11-10");
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
            LocalDate day = LocalDate.of(2026, 2, 3);
            assertThat(DateEntry.read(DateEntry.show(day, locale), locale)).isEqualTo(new DateEntry.Read(day));
        }
    }

    @Test
    void numbersThatAreADayInTwoOrdersAreRefusedWithBothReadings() {
        assertThat(DateEntry.read("05/11/2026", Locale.ENGLISH)).isEqualTo(new DateEntry.Refused(DateEntry.Problem.AMBIGUOUS,
                java.util.List.of(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 5, 11))));
        assertThat(DateEntry.read("05.11.2026", Locale.KOREAN)).isInstanceOf(DateEntry.Refused.class);
    }

    @Test
    void numbersWithOnlyOneRealReadingAreRead() {
        assertThat(DateEntry.read("25/11/2026", Locale.ENGLISH)).isEqualTo(new DateEntry.Read(LocalDate.of(2026, 11, 25)));
        assertThat(DateEntry.read("11/25/2026", Locale.ENGLISH)).isEqualTo(new DateEntry.Read(LocalDate.of(2026, 11, 25)));
        assertThat(DateEntry.read("7/7/2026", Locale.ENGLISH)).isEqualTo(new DateEntry.Read(LocalDate.of(2026, 7, 7)));
    }

    @Test
    void whatIsNoDayIsSaidPlainly() {
        assertThat(DateEntry.read("", Locale.ENGLISH)).isEqualTo(new DateEntry.Blank());
        assertThat(DateEntry.read("   ", Locale.ENGLISH)).isEqualTo(new DateEntry.Blank());
        assertThat(problem("next Tuesday")).isEqualTo(DateEntry.Problem.UNREADABLE);
        assertThat(problem("2025-11-10x")).isEqualTo(DateEntry.Problem.UNREADABLE);
        assertThat(problem("10 Nov 2025 and more")).isEqualTo(DateEntry.Problem.UNREADABLE);
        assertThat(problem("10/11/25")).isEqualTo(DateEntry.Problem.SHORT_YEAR);
        assertThat(problem("10 Nov 25")).isEqualTo(DateEntry.Problem.SHORT_YEAR);
        assertThat(problem("2025-02-29")).isEqualTo(DateEntry.Problem.NO_SUCH_DAY);
        assertThat(problem("31 April 2025")).isEqualTo(DateEntry.Problem.NO_SUCH_DAY);
        assertThat(problem("31/31/2025")).isEqualTo(DateEntry.Problem.NO_SUCH_DAY);
        assertThat(problem("2025-13-01")).isEqualTo(DateEntry.Problem.NO_SUCH_DAY);
    }

    private static DateEntry.Problem problem(String entry) {
        return ((DateEntry.Refused) DateEntry.read(entry, Locale.ENGLISH)).problem();
    }
}
