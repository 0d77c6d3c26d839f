package org.appeal.store.signon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignOnDatesTest {
    private static final LocalDate JULY_9 = LocalDate.of(2025, 7, 9);

    private final SheetDates monthFirst = new SheetDates(ImportOptions.DateOrder.MDY);
    private final SheetDates dayFirst = new SheetDates(ImportOptions.DateOrder.DMY);

    @ParameterizedTest
    @ValueSource(strings = {"2025-07-09", "2025-7-9", "2025-07-09T10:15:32Z", "2025-07-09T10:15:32+09:00",
            "2025-07-09T10:15:32.123456789Z", "2025-07-09 10:15", "2025/07/09 10:15:32 AM GMT+9",
            "2025/07/09 10:15:32 PM GMT-4", "2025/07/09", "2025.07.09", "2025. 7. 9 오전 10:15:32", "2025. 7. 9.",
            "09.07.2025", "9.7.25", "7/9/2025", "7/9/2025 10:15:32", "07/09/2025 22:15", "7-9-2025", "7/9/25",
            "9 July 2025", "9 Jul 2025", "9-Jul-25", "July 9, 2025", "Jul. 9 2025", "SEPT 9, 2025"})
    void readsEveryDocumentedFormAsTheDayWritten(String text) {
        LocalDate expected = text.startsWith("SEPT") ? LocalDate.of(2025, 9, 9) : JULY_9;

        assertThat(monthFirst.parse(text)).isEqualTo(expected);
    }

    @Test
    void theDateOrderDecidesOnlyForYearLastFormsWithSlashesOrDashes() {
        assertThat(dayFirst.parse("9/7/2025")).isEqualTo(JULY_9);
        assertThat(dayFirst.parse("13/07/2025")).isEqualTo(LocalDate.of(2025, 7, 13));
        assertThat(dayFirst.parse("2025/07/09")).isEqualTo(JULY_9);
        assertThat(dayFirst.parse("09.07.2025")).isEqualTo(JULY_9);
        assertThat(monthFirst.parse("09.07.2025")).isEqualTo(JULY_9);
    }

    @Test
    void anImpossibleDayNamesTheOtherOrderWhenThatWouldWork() {
        assertThatThrownBy(() -> monthFirst.parse("13/07/2025")).hasMessage(
                "no such day: '13/07/2025' read as month/day/year (if the sheet writes the day first, set dateOrder=DMY)");
        assertThatThrownBy(() -> dayFirst.parse("07/13/2025")).hasMessage(
                "no such day: '07/13/2025' read as day/month/year (if the sheet writes the month first, set dateOrder=MDY)");
        assertThatThrownBy(() -> monthFirst.parse("13/13/2025")).hasMessage(
                "no such day: '13/13/2025' read as month/day/year");
        assertThatThrownBy(() -> monthFirst.parse("2025-02-29")).hasMessage("no such day: '2025-02-29'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2025", "2025-07-09 banana", "9 Juillet 2025", "07/09", "45847",
            "2025-07-09T25"})
    void anythingElseIsNotADate(String text) {
        assertThatThrownBy(() -> monthFirst.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a date: '" + text + "'");
    }

    @Test
    void withNoOrderChosenADateThatReadsTwoWaysIsRejectedAndOneThatReadsOneWayIsThatDay() {
        SheetDates undecided = new SheetDates(ImportOptions.DateOrder.UNDECIDED);

        assertThatThrownBy(() -> undecided.parse("05/11/2026")).hasMessage("ambiguous date: '05/11/2026' is 2026-11-05"
                + " read day first and 2026-05-11 read month first; choose the date order (DMY or MDY)");
        assertThat(undecided.parse("13/05/2026")).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(undecided.parse("05/13/2026")).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(undecided.parse("05/05/2026")).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(undecided.parse("2026-05-11")).as("year first is never ambiguous").isEqualTo(LocalDate.of(2026, 5, 11));
        assertThatThrownBy(() -> undecided.parse("13/13/2026")).hasMessage(
                "no such day: '13/13/2026' read day first or month first");
    }

    @Test
    void yearMonthDayReadsAllTwoDigitDatesYearFirst() {
        SheetDates yearFirst = new SheetDates(ImportOptions.DateOrder.YMD);

        assertThat(yearFirst.parse("26/05/11")).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(yearFirst.parse("2026.05.11")).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThatThrownBy(() -> yearFirst.parse("05/11/2026")).hasMessageStartingWith("ambiguous date: '05/11/2026'");
    }
}
