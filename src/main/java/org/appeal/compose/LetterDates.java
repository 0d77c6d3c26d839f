package org.appeal.compose;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a letter in a given language prints them: Korean ("2025년 7월 9일") for Korean, else English. */
final class LetterDates {
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter KOREAN = DateTimeFormatter.ofPattern("yyyy년 M월 d일", Locale.KOREAN);

    private LetterDates() {
    }

    static String format(LocalDate date, String language) {
        return (org.appeal.domain.Script.of(language) == org.appeal.domain.Script.HANGUL ? KOREAN : ENGLISH)
                .format(date);
    }
}
