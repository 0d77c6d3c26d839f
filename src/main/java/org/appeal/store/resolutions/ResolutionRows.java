package org.appeal.store.resolutions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.appeal.domain.Resolution;
import org.appeal.domain.UnBody;
import org.appeal.store.ImportProblems;

/**
 * Builds one {@link Resolution} from the many rows that describe it (one per state), checking that
 * they agree and that no state votes twice.
 */
final class ResolutionRows {
    /** What the first row of a resolution said, against which every later row is checked. */
    private static final class First {
        final String symbol;
        final long line;
        final String session;
        final LocalDate date;
        final String title;
        final String source;
        /** State (code, else name) to the line of its vote. */
        final Map<String, Long> voters = new HashMap<>();

        First(String symbol, long line, String session, LocalDate date, String title, String source) {
            this.symbol = symbol;
            this.line = line;
            this.session = session;
            this.date = date;
            this.title = title;
            this.source = source;
        }
    }

    private final ImportProblems problems;
    private final Map<String, First> bySymbol = new LinkedHashMap<>();

    ResolutionRows(ImportProblems problems) {
        this.problems = problems;
    }

    /**
     * Records one row. Returns the symbol instance shared by all votes on the resolution (a million
     * votes need not hold a million copies of it), or {@code null} when the row contradicts an
     * earlier one (reported).
     */
    String add(VotingRow row) {
        First first = bySymbol.computeIfAbsent(row.symbol(),
                s -> new First(s, row.line(), row.session(), row.date(), row.title(), row.source()));
        boolean agrees = agree(first, row, VotingCsvHeader.SESSION, first.session, row.session())
                & agree(first, row, VotingCsvHeader.DATE, first.date, row.date())
                & agree(first, row, VotingCsvHeader.TITLE, first.title, row.title());
        Long earlierVote = first.voters.putIfAbsent(row.voter(), row.line());
        if (earlierVote != null) {
            problems.add(row.line(), VotingCsvHeader.MS_NAME, row.state() + " already has a vote on " + first.symbol
                    + " (line " + earlierVote + ")");
            return null;
        }
        return agrees ? first.symbol : null;
    }

    private boolean agree(First first, VotingRow row, String field, Object expected, Object actual) {
        if (Objects.equals(expected, actual)) {
            return true;
        }
        problems.add(row.line(), field, first.symbol + " has " + field + " '" + shown(expected) + "' on line "
                + first.line + " but '" + shown(actual) + "' here");
        return false;
    }

    private static String shown(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The resolutions in the order they first appeared. */
    List<Resolution> resolutions() {
        List<Resolution> resolutions = new ArrayList<>(bySymbol.size());
        for (First first : bySymbol.values()) {
            resolutions.add(new Resolution(ResolutionSymbols.id(first.symbol), first.symbol, UnBody.GA,
                    SessionNumbers.regular(first.session).orElse(null), first.date, first.title,
                    Resolution.Adoption.RECORDED_VOTE, first.source));
        }
        return resolutions;
    }
}
