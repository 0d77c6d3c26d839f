package org.appeal.compose.view;

import java.util.List;

/** One row of the history table: a year and, per body of {@link HistoryView#bodies()}, what the state did. */
public record HistoryYearView(int year, List<HistoryCellView> cells) {
    public HistoryYearView {
        cells = List.copyOf(cells);
    }
}
