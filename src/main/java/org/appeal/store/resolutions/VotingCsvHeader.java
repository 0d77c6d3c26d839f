package org.appeal.store.resolutions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appeal.store.ImportProblems;
import org.apache.commons.csv.CSVRecord;

/**
 * The header of a voting-data file: column names matched without regard to case or surrounding
 * spaces, in any order. Columns Appeal does not use ({@code undl_link}, {@code agenda_title},
 * {@code subjects}, {@code total_yes} ...) are ignored, so that later versions of the file, which
 * add columns, still read.
 */
final class VotingCsvHeader {
    static final String UNDL_ID = "undl_id";
    static final String MS_CODE = "ms_code";
    static final String MS_NAME = "ms_name";
    static final String MS_VOTE = "ms_vote";
    static final String DATE = "date";
    static final String SESSION = "session";
    static final String RESOLUTION = "resolution";
    static final String TITLE = "title";
    static final String UNDL_LINK = "undl_link";

    static final List<String> REQUIRED = List.of(MS_NAME, MS_VOTE, DATE, SESSION, RESOLUTION, TITLE);

    private static final char BOM = '\uFEFF';

    private final Map<String, Integer> columns;
    private final int size;

    private VotingCsvHeader(Map<String, Integer> columns, int size) {
        this.columns = columns;
        this.size = size;
    }

    /** The header, or {@code null} when a required column is missing or named twice (reported). */
    static VotingCsvHeader read(CSVRecord record, long line, ImportProblems problems) {
        Map<String, Integer> columns = new HashMap<>();
        boolean usable = true;
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i);
            if (i == 0 && !name.isEmpty() && name.charAt(0) == BOM) {
                name = name.substring(1);
            }
            name = name.strip().toLowerCase(Locale.ROOT);
            Integer earlier = columns.putIfAbsent(name, i);
            if (earlier != null && REQUIRED.contains(name)) {
                problems.add(line, name, "column appears twice (columns " + (earlier + 1) + " and " + (i + 1) + ")");
                usable = false;
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(line, required, "required column is missing (the header has "
                        + String.join(", ", record.toList()) + ")");
                usable = false;
            }
        }
        return usable ? new VotingCsvHeader(Map.copyOf(columns), record.size()) : null;
    }

    int size() {
        return size;
    }

    /** The cell, stripped; empty when the row is short or the column absent. */
    String cell(CSVRecord record, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }
}
