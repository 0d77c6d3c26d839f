package org.appeal.store.signon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appeal.domain.Signatory;

/**
 * Turns one record's cells into a {@link SheetRow}, collecting every problem of the row rather than
 * stopping at the first. The kind and the name are worked out so:
 * <ul>
 *   <li>a kind cell, when present and not empty, states the kind;</li>
 *   <li>otherwise a non-empty organisation cell makes an organisation; a row with an empty one, in a
 *       sheet with both an organisation and a name column, is an individual ("Organisation — leave
 *       blank if you sign as an individual"); otherwise the kind is the options' default kind;</li>
 *   <li>an organisation is named by the organisation cell (the name cell then being its contact
 *       person), an individual by the name cell; each falls back to the other cell when its own is empty.</li>
 * </ul>
 */
final class SheetRowReader {
    private static final char REPLACEMENT = '\uFFFD';

    private final HeaderMapping mapping;
    private final SheetEncoding.Choice encoding;
    private final Signatory.Kind defaultKind;
    private final SheetDates dates;
    private final boolean organisationAndName;

    SheetRowReader(HeaderMapping mapping, SheetEncoding.Choice encoding, ImportOptions options) {
        this.mapping = mapping;
        this.encoding = encoding;
        this.defaultKind = options.defaultKind();
        this.dates = new SheetDates(options.dateOrder());
        this.organisationAndName = mapping.has(SheetField.ORGANISATION) && mapping.has(SheetField.NAME);
    }

    /** A record whose cells are all empty or blank: Excel writes empty rows as {@code ,,,}. */
    static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                if (!CellText.isSpace(cell.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @param malformed how many undecodable byte sequences the record held */
    SheetRow read(int row, long line, List<String> cells, int malformed) {
        Row r = new Row(row, line, cells);
        if (malformed > 0) {
            r.badBytes();
        }
        r.checkWidth();
        Signatory.Kind kind = r.kind();
        String name = kind == Signatory.Kind.INDIVIDUAL
                ? either(r.cell(SheetField.NAME), r.cell(SheetField.ORGANISATION))
                : either(r.cell(SheetField.ORGANISATION), r.cell(SheetField.NAME));
        if (name.isEmpty()) {
            SheetField column = mapping.has(SheetField.ORGANISATION) && (kind != Signatory.Kind.INDIVIDUAL
                    || !mapping.has(SheetField.NAME)) ? SheetField.ORGANISATION : SheetField.NAME;
            r.problem(mapping.headerOf(column), "the name is empty");
        }
        LocalDate signedOn = r.date();
        return new SheetRow(row, line, r.cell(SheetField.ID), name, kind, r.kindGiven, r.cell(SheetField.ACRONYM),
                r.cell(SheetField.TITLE), r.cell(SheetField.COUNTRY), signedOn, r.cell(SheetField.EMAIL), r.problems);
    }

    private static String either(String preferred, String fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    }

    /** The state of reading one row. */
    private final class Row {
        private final int row;
        private final long line;
        private final List<String> cells;
        private final List<SheetProblem> problems = new ArrayList<>();
        private final String[] cleaned = new String[SheetField.values().length];
        private boolean kindGiven;

        Row(int row, long line, List<String> cells) {
            this.row = row;
            this.line = line;
            this.cells = cells;
        }

        String cell(SheetField field) {
            String text = cleaned[field.ordinal()];
            if (text == null) {
                int column = mapping.columnOf(field).orElse(-1);
                text = column < 0 || column >= cells.size() ? "" : CellText.clean(cells.get(column));
                cleaned[field.ordinal()] = text;
            }
            return text;
        }

        /** The cell holding the replacement is named, and shown, so the person can find the damage. */
        void badBytes() {
            int column = -1;
            for (int i = 0; i < cells.size() && column < 0; i++) {
                if (cells.get(i).indexOf(REPLACEMENT) >= 0) {
                    column = i;
                }
            }
            String how = encoding.detected()
                    ? "the encoding detected for this sheet; if it is in another one, give it with --encoding"
                    : "the encoding given for this sheet; check it, or save the sheet as UTF-8";
            String shown = column < 0 ? "" : " in '" + CellText.clean(cells.get(column)) + "'";
            problem(column < 0 ? "" : mapping.headerAt(column),
                    "bytes not valid " + SheetEncoding.displayName(encoding.charset()) + shown + " (" + how + ")");
        }

        /** Fewer cells than headers read as empty cells; extra cells are an error only if they hold something. */
        void checkWidth() {
            int width = mapping.headers().size();
            if (cells.size() > width && !isBlank(cells.subList(width, cells.size()))) {
                problem("", "the row has " + cells.size() + " values but the header has " + width
                        + " columns (a separator inside an unquoted value?)");
            }
        }

        Signatory.Kind kind() {
            String text = cell(SheetField.KIND);
            if (!text.isEmpty()) {
                Optional<Signatory.Kind> stated = Kinds.parse(text);
                if (stated.isEmpty()) {
                    problem(mapping.headerOf(SheetField.KIND), "unknown kind '" + text
                            + "' (expected a value such as Organisation or Individual)");
                    return null;
                }
                kindGiven = true;
                return stated.get();
            }
            if (!cell(SheetField.ORGANISATION).isEmpty()) {
                return Signatory.Kind.ORGANISATION;
            }
            return organisationAndName ? Signatory.Kind.INDIVIDUAL : defaultKind;
        }

        LocalDate date() {
            String text = cell(SheetField.SIGNED_ON);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return dates.parse(text);
            } catch (IllegalArgumentException e) {
                problem(mapping.headerOf(SheetField.SIGNED_ON), e.getMessage());
                return null;
            }
        }

        void problem(String column, String message) {
            problems.add(new SheetProblem(row, line, column, message));
        }
    }
}
