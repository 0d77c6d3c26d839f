package org.appeal.store.signon;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sign-on date from the forms spreadsheets and Google Forms write. Only the day is kept:
 * a time and a zone after it must look like one but are ignored, so a form filled in at 23:30 in
 * Seoul counts on the day the sheet shows, not on the UTC day. Accepted (see docs/signon-import.md):
 * <ul>
 *   <li>year first, separated by {@code -}, {@code /} or {@code .}: {@code 2025-07-09},
 *       {@code 2025-07-09T10:15:32Z}, {@code 2025/07/09 10:15:32 AM GMT+9}, {@code 2025. 7. 9 오후 3:15:32};</li>
 *   <li>dots, day first: {@code 09.07.2025} (the European convention; dots are never month first);</li>
 *   <li>year last with {@code /} or {@code -}: {@code 7/9/2025 10:15:32}, read month first or day first as
 *       {@link ImportOptions.DateOrder} says;</li>
 *   <li>English month names: {@code 9 July 2025}, {@code 9-Jul-25}, {@code July 9, 2025}.</li>
 * </ul>
 * A two-digit year is 20yy.
 */
final class SheetDates {
    private static final String TIME = "(?:(?:\\s+|T)(?:(?:오전|오후)\\s*)?"
            + "\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
            + "(?:\\s*(?:[AaPp]\\.?[Mm]\\.?))?"
            + "(?:\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?|(?:GMT|UTC)(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[A-Z]{2,5}))?)?";
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})\\.?" + TIME);
    private static final Pattern DOTTED_DAY_FIRST = Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})\\.?" + TIME);
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?,?[\\s-]+(\\d{4}|\\d{2})" + TIME);
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})" + TIME);
    private static final Map<String, Integer> MONTHS = months();

    static final String ACCEPTED = "2025-07-09, 2025/07/09 10:15:32 AM GMT+9, 7/9/2025, 09.07.2025, 9 July 2025";

    private final ImportOptions.DateOrder order;

    SheetDates(ImportOptions.DateOrder order) {
        this.order = order;
    }

    /** @throws IllegalArgumentException with a message for the person fixing the cell */
    LocalDate parse(String text) {
        Matcher m;
        if ((m = YEAR_FIRST.matcher(text)).matches()) {
            return date(text, number(m.group(1)), number(m.group(3)), number(m.group(4)));
        }
        if ((m = DOTTED_DAY_FIRST.matcher(text)).matches()) {
            return date(text, year(m.group(3)), number(m.group(2)), number(m.group(1)));
        }
        if ((m = YEAR_LAST.matcher(text)).matches()) {
            if (order == ImportOptions.DateOrder.YMD && m.group(4).length() == 2) {
                return date(text, year(m.group(1)), number(m.group(3)), number(m.group(4)));
            }
            int first = number(m.group(1));
            int second = number(m.group(3));
            int year = year(m.group(4));
            if (order == ImportOptions.DateOrder.UNDECIDED || order == ImportOptions.DateOrder.YMD) {
                return eitherOrder(text, first, second, year);
            }
            boolean monthFirst = order == ImportOptions.DateOrder.MDY;
            try {
                return monthFirst ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(yearLastProblem(text, first, second, year, monthFirst));
            }
        }
        if ((m = DAY_MONTH_NAME.matcher(text)).matches()) {
            return date(text, year(m.group(3)), month(text, m.group(2)), number(m.group(1)));
        }
        if ((m = MONTH_NAME_DAY.matcher(text)).matches()) {
            return date(text, year(m.group(3)), month(text, m.group(1)), number(m.group(2)));
        }
        throw new IllegalArgumentException("not a date: '" + text + "' (accepted forms: " + ACCEPTED + ")");
    }

    /**
     * A year-last date when no order was chosen: the one real day it can be, or a refusal when it can
     * be two (05/11/2026) or none.
     */
    private static LocalDate eitherOrder(String text, int first, int second, int year) {
        LocalDate monthFirst = dayOrNull(year, first, second);
        LocalDate dayFirst = dayOrNull(year, second, first);
        if (monthFirst != null && dayFirst != null && !monthFirst.equals(dayFirst)) {
            throw new IllegalArgumentException("ambiguous date: '" + text + "' is " + dayFirst + " read day first and "
                    + monthFirst + " read month first; choose the date order (DMY or MDY)");
        }
        if (monthFirst == null && dayFirst == null) {
            throw new IllegalArgumentException("no such day: '" + text + "' read day first or month first");
        }
        return monthFirst != null ? monthFirst : dayFirst;
    }

    private static LocalDate dayOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate date(String text, int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such day: '" + text + "'");
        }
    }

    private static String yearLastProblem(String text, int first, int second, int year, boolean monthFirst) {
        String read = monthFirst ? "month/day/year" : "day/month/year";
        String other = monthFirst ? "DMY" : "MDY";
        boolean otherWorks;
        try {
            if (monthFirst) {
                LocalDate.of(year, second, first);
            } else {
                LocalDate.of(year, first, second);
            }
            otherWorks = true;
        } catch (DateTimeException e) {
            otherWorks = false;
        }
        String hint = " (if the sheet writes " + (monthFirst ? "the day" : "the month") + " first, set dateOrder="
                + other + ")";
        return "no such day: '" + text + "' read as " + read + (otherWorks ? hint : "");
    }

    private static int month(String text, String name) {
        Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
        if (month == null) {
            throw new IllegalArgumentException("not a date: '" + text + "' ('" + name
                    + "' is not an English month name)");
        }
        return month;
    }

    private static int year(String digits) {
        int year = number(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
