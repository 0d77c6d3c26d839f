package org.appeal.store.bundle;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.appeal.domain.Vote;

/**
 * {@code votes.csv}: how states voted on the campaign's resolutions adopted by recorded vote (UN
 * voting data imported into the workspace). One row per resolution and state; whether
 * {@code resolution_symbol} names a resolution of the bundle, and whether a pair repeats, is
 * checked by the reader.
 */
final class VotesTable implements BundleTable<VotesTable.Entry> {
    /** A row's vote and its line. */
    record Entry(Vote vote, long line) {
    }

    @Override
    public String fileName() {
        return "votes.csv";
    }

    /** No single column is unique: the pair of symbol and state is, and the reader checks it. */
    @Override
    public String idColumn() {
        return "";
    }

    @Override
    public List<String> columns() {
        return List.of("resolution_symbol", "state", "choice");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("resolution_symbol", "state", "choice");
    }

    @Override
    public Entry read(CsvRow row) {
        String symbol = row.requiredText("resolution_symbol");
        String state = row.requiredText("state");
        Vote.Choice choice = row.choice("choice", Vote.Choice.class, true);
        if (!row.isValid()) {
            return null;
        }
        return new Entry(new Vote(symbol, state, choice), row.line());
    }

    @Override
    public List<String> cells(Entry entry) {
        Vote v = entry.vote();
        return List.of(Cells.text(v.resolutionSymbol()), Cells.text(v.state()), v.choice().name());
    }

    @Override
    public Comparator<Entry> canonicalOrder() {
        return Comparator.comparing((Entry e) -> e.vote().resolutionSymbol()).thenComparing(e -> e.vote().state());
    }
}
