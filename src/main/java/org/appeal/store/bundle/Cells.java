package org.appeal.store.bundle;

import java.time.LocalDate;
import java.util.List;

/** The canonical text of typed values in CSV cells; the inverse of {@link CsvRow}'s getters. */
final class Cells {
    private Cells() {
    }

    static String text(String value) {
        return value == null ? "" : LineBreaks.normalize(value);
    }

    static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    static String lines(List<String> lines) {
        return text(String.join("\n", lines));
    }

    /** Lines of a multi-line cell; an empty cell has none. */
    static List<String> splitLines(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\n", -1));
    }
}
