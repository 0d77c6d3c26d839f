package org.appeal.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A day as a person types it in a form: ISO ({@code 2025-07-09}) or the interface language's own
 * short or medium form ({@code 7/9/25}, {@code Jul 9, 2025}; {@code 25. 7. 9.}, {@code 2025. 7. 9.}).
 * Read strictly: a day that does not exist ({@code 2025-02-30}) is not read as another one. Blank
 * is "no day". Anything else is a problem to show at once, never kept as text beside an old date.
 */
public final class TypedDay {
    /** What was typed, read: a day, no day (blank), or not readable. */
    public record Reading(Optional<LocalDate> day, boolean readable) {
    }

    private final Locale locale;
    private final List<DateTimeFormatter> forms;

    public TypedDay(Locale locale) {
        this.locale = locale;
        this.forms = List.of(DateTimeFormatter.ISO_LOCAL_DATE, localized(FormatStyle.SHORT), localized(FormatStyle.MEDIUM));
    }

    public Reading read(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return new Reading(Optional.empty(), true);
        }
        for (DateTimeFormatter form : forms) {
            try {
                return new Reading(Optional.of(LocalDate.parse(typed, form)), true);
            } catch (DateTimeParseException e) {
                // Not in this form: perhaps in the next.
            }
        }
        return new Reading(Optional.empty(), false);
    }

    /** How the form shows a day: ISO, which every language reads the same way. */
    public static String show(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** An example of the forms accepted, for the problem message: "2025-07-09 or 7/9/25". */
    public String example() {
        LocalDate day = LocalDate.of(2025, 7, 9);
        return day + ", " + forms.get(1).format(day);
    }

    /** The language's pattern made strict: 'u' (proleptic year) instead of 'y', which STRICT would want an era for. */
    private DateTimeFormatter localized(FormatStyle style) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, locale)
                .replace('y', 'u');
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
