package org.appeal.app;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as a person types it into a date field, read without guessing: ISO ({@code 2025-11-10}),
 * the way the interface shows dates ({@code 10 Nov 2025}, {@code 2025년 11월 10일}), a month written
 * as a word in any order ({@code November 10, 2025}), or year first with dots or slashes
 * ({@code 2025. 11. 10.}). Numbers alone in another order are read only when one reading is a real
 * day: {@code 05/11/2026} could be the 5th of November or the 11th of May, and is refused as
 * ambiguous rather than guessed. A two-digit year is refused too. No I/O, no toolkit.
 */
public final class DateEntry {
    /** Why an entry is not a day. */
    public enum Problem {
        /** Nothing was typed where a day is needed. */
        EMPTY,
        /** Not a day in any form this reads. */
        UNREADABLE,
        /** Numbers that are a day in more than one order ({@link Refused#readings()} has both). */
        AMBIGUOUS,
        /** A year of two digits: which century is not guessed. */
        SHORT_YEAR,
        /** The parts are clear but there is no such day (31 April, 29 February 2025). */
        NO_SUCH_DAY
    }

    /** What an entry was read as. */
    public sealed interface Reading permits Read, Refused, Blank {
    }

    public record Read(LocalDate date) implements Reading {
        public Read {
            Objects.requireNonNull(date, "date");
        }
    }

    /** @param readings for {@link Problem#AMBIGUOUS}, the days it could be; otherwise empty */
    public record Refused(Problem problem, List<LocalDate> readings) implements Reading {
        public Refused {
            Objects.requireNonNull(problem, "problem");
            readings = List.copyOf(readings);
        }
    }

    /** Nothing typed: a day that may be left unknown is then unknown. */
    public record Blank() implements Reading {
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[./]\\s*(\\d{1,2})\\s*[./]\\s*(\\d{1,2})\\s*\\.?");
    private static final Pattern KOREAN = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일?");
    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,4})\\s*[./-]\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{1,4})\\s*\\.?");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+\\.?|\\d+");
    private static final Pattern JOINERS = Pattern.compile("[\\s,./-]*");
    private static final DateTimeFormatter ENGLISH_SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter KOREAN_SHOWN = DateTimeFormatter.ofPattern("uuuu년 M월 d일", Locale.KOREAN);

    private DateEntry() {
    }

    /** The day as a date field in the interface of {@code locale} shows it: {@code 10 Nov 2025}, {@code 2025년 11월 10일}. */
    public static String show(LocalDate date, Locale locale) {
        return formatter(locale).format(date);
    }

    /** The ISO form, which every interface accepts: {@code 2025-11-10}. */
    public static String iso(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    private static DateTimeFormatter formatter(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? KOREAN_SHOWN : ENGLISH_SHOWN;
    }

    /** Reads what was typed; {@code locale} is the interface's, whose month names are read besides English ones. */
    public static Reading read(String text, Locale locale) {
        String entry = text == null ? "" : text.strip();
        if (entry.isEmpty()) {
            return new Blank();
        }
        Matcher m;
        if ((m = ISO.matcher(entry)).matches() || (m = YEAR_FIRST.matcher(entry)).matches()
                || (m = KOREAN.matcher(entry)).matches()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        if ((m = NUMBERS.matcher(entry)).matches()) {
            return numbers(m.group(1), m.group(2), m.group(3));
        }
        return withMonthName(entry, locale);
    }

    /** Day, month and year are named: the only question left is whether the day exists. */
    private static Reading day(String year, String month, String day) {
        try {
            return new Read(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return new Refused(Problem.NO_SUCH_DAY, List.of());
        }
    }

    /** Three numbers, the year last: day-month and month-day are both tried, and more than one day is not guessed. */
    private static Reading numbers(String first, String second, String third) {
        if (first.length() == 4) {
            return day(first, second, third);
        }
        if (third.length() != 4) {
            return new Refused(third.length() == 2 ? Problem.SHORT_YEAR : Problem.UNREADABLE, List.of());
        }
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        int year = Integer.parseInt(third);
        List<LocalDate> readings = new ArrayList<>();
        possible(year, b, a).ifPresent(readings::add);
        possible(year, a, b).filter(d -> !readings.contains(d)).ifPresent(readings::add);
        if (readings.size() == 1) {
            return new Read(readings.get(0));
        }
        return new Refused(readings.isEmpty() ? Problem.NO_SUCH_DAY : Problem.AMBIGUOUS, readings);
    }

    private static java.util.Optional<LocalDate> possible(int year, int month, int day) {
        try {
            return java.util.Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** One month written as a word, a four-digit year and a day, in any order ("10 Nov 2025", "November 10, 2025"). */
    private static Reading withMonthName(String entry, Locale locale) {
        Matcher tokens = TOKEN.matcher(entry);
        List<String> words = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        int end = 0;
        while (tokens.find()) {
            if (!JOINERS.matcher(entry.substring(end, tokens.start())).matches()) {
                return new Refused(Problem.UNREADABLE, List.of());
            }
            String token = tokens.group();
            (Character.isDigit(token.charAt(0)) ? numbers : words).add(token);
            end = tokens.end();
        }
        if (!JOINERS.matcher(entry.substring(end)).matches() || words.size() != 1 || numbers.size() != 2) {
            return new Refused(Problem.UNREADABLE, List.of());
        }
        int month = month(words.get(0), locale);
        if (month == 0) {
            return new Refused(Problem.UNREADABLE, List.of());
        }
        String year = numbers.stream().filter(n -> n.length() == 4).findFirst().orElse(null);
        String day = numbers.stream().filter(n -> n.length() <= 2).findFirst().orElse(null);
        if (year == null || day == null) {
            return new Refused(numbers.stream().anyMatch(n -> n.length() == 2) && year == null
                    ? Problem.SHORT_YEAR : Problem.UNREADABLE, List.of());
        }
        return day(year, String.valueOf(month), day);
    }

    /** 1-12 for a month's English or interface-language name, full or abbreviated ("Sept" too); 0 if none. */
    private static int month(String word, Locale locale) {
        String w = word.replace(".", "").toLowerCase(Locale.ROOT);
        for (Locale names : List.of(Locale.ENGLISH, locale)) {
            for (java.time.Month m : java.time.Month.values()) {
                String full = m.getDisplayName(TextStyle.FULL, names).toLowerCase(names);
                String shortName = m.getDisplayName(TextStyle.SHORT, names).replace(".", "").toLowerCase(names);
                if (w.equals(full) || w.equals(shortName) || (names == Locale.ENGLISH && w.equals("sept") && m == java.time.Month.SEPTEMBER)) {
                    return m.getValue();
                }
            }
        }
        return 0;
    }
}
