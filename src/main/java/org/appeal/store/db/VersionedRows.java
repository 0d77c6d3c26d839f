package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The optimistic-locking rules shared by all repositories, for one table.
 *
 * <p>Repositories write rows themselves, inserting with {@code ON CONFLICT DO NOTHING} and
 * updating or deleting with {@code WHERE <key> AND version = ?}; then they pass the changed-row
 * count here. Zero rows means someone else got there first, and this class looks up who and when
 * to build the {@link StaleDataException}. Checking the count after the statement (instead of
 * reading first) leaves no gap between check and write for another client to slip into.
 */
final class VersionedRows {
    private final String table;
    private final List<String> keyColumns;

    /** @param keyColumns the primary key, campaign_id first */
    VersionedRows(String table, String... keyColumns) {
        this.table = Objects.requireNonNull(table, "table");
        this.keyColumns = List.of(keyColumns);
    }

    /** Rejects versions a reader could never have been given. */
    static void checkExpected(long expectedVersion) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expected version must be 0 (new row) or a version read, not "
                    + expectedVersion);
        }
    }

    /** After an insert: returns the new row's version, 1. */
    long inserted(UnitOfWork work, int changedRows, String what, String... key) throws SQLException {
        if (changedRows == 0) {
            throw stale(work, what, 0, key);
        }
        return 1;
    }

    /** After an update: returns the row's new version. */
    long updated(UnitOfWork work, int changedRows, String what, long expectedVersion, String... key)
            throws SQLException {
        if (changedRows == 0) {
            throw stale(work, what, expectedVersion, key);
        }
        return expectedVersion + 1;
    }

    /** After a delete. */
    void deleted(UnitOfWork work, int changedRows, String what, long expectedVersion, String... key)
            throws SQLException {
        if (changedRows == 0) {
            throw stale(work, what, expectedVersion, key);
        }
    }

    private StaleDataException stale(UnitOfWork work, String what, long expectedVersion, String... key)
            throws SQLException {
        String where = keyColumns.stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT version, updated_by, updated_at FROM " + table + " WHERE " + where)) {
            for (int i = 0; i < key.length; i++) {
                statement.setString(i + 1, key[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return new StaleDataException(what, expectedVersion, null, null, null);
                }
                return new StaleDataException(what, expectedVersion, row.getLong("version"),
                        row.getString("updated_by"), Columns.instant(row, "updated_at"));
            }
        }
    }

    /** The place for a new row at the end of its campaign's list. */
    int nextSeq(UnitOfWork work, String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT COALESCE(MAX(seq), -1) + 1 FROM " + table + " WHERE campaign_id = ?")) {
            statement.setString(1, campaignId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
