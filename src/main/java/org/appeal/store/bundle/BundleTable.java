package org.appeal.store.bundle;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** What one CSV file of a bundle holds: its columns, how a row maps to a record and back, its row order. */
interface BundleTable<T> {
    String fileName();

    /** The column whose values are unique in the file. */
    default String idColumn() {
        return CsvTableReader.ID;
    }

    /** All columns, in the canonical order the writer uses. */
    List<String> columns();

    /** Columns a header must have; the others may be left out, which reads as empty cells. */
    Set<String> requiredColumns();

    /** The record for a row, or {@code null} when the row had problems (already reported). */
    T read(CsvRow row);

    /** The record's cells in {@link #columns()} order, as the canonical file writes them. */
    List<String> cells(T value);

    /**
     * The columns the canonical file has for these records, in {@link #columns()} order: all of
     * them, unless the table leaves out an optional column that no record uses.
     */
    default List<String> writtenColumns(List<T> values) {
        return columns();
    }

    /** The canonical row order, total so that writing is deterministic. */
    Comparator<T> canonicalOrder();
}
