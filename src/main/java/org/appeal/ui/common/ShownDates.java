package org.appeal.ui.common;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.appeal.app.DateEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A plain date picker's days the interface's way ({@code 2025년 7월 9일} in Korean, not the JDK's
 * {@code 7/9/2025}), read as {@link DateEntry} reads them; {@link #day} for days in cells. For pickers without a problem line of
 * their own ({@link DateField} has one): an entry that is no day keeps the picker's day.
 */
public final class ShownDates extends StringConverter<LocalDate> {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private final DatePicker picker;
    private final Messages messages;

    private ShownDates(DatePicker picker, Messages messages) {
        this.picker = picker;
        this.messages = messages;
    }

    /** Gives the picker this converter; returns the picker. */
    public static DatePicker on(DatePicker picker, Messages messages) {
        picker.setConverter(new ShownDates(picker, messages));
        return picker;
    }

    /** A day as a table cell or a sentence shows it: {@code 2025년 7월 9일}, {@code July 9, 2025}. */
    public static String day(LocalDate day, Messages messages) {
        return DateEntry.show(day, messages.locale());
    }

    /** A moment as a sentence shows it, in the given time zone: {@code 2026년 12월 2일 14:05}, {@code 2 Dec 2026 14:05}. */
    public static String moment(Instant at, ZoneId zone, Messages messages) {
        ZonedDateTime local = at.atZone(zone);
        return day(local.toLocalDate(), messages) + " " + local.toLocalTime().format(HOURS_MINUTES);
    }

    @Override
    public String toString(LocalDate day) {
        return day == null ? "" : day(day, messages);
    }

    @Override
    public LocalDate fromString(String text) {
        DateEntry.Reading reading = DateEntry.read(text, messages.locale());
        if (reading instanceof DateEntry.Read read) {
            return read.date();
        }
        return reading instanceof DateEntry.Blank ? null : picker.getValue();
    }
}
