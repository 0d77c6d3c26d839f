package org.appeal.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Opens connections set up for one dialect. There is no pool: a desktop client runs few
 * transactions, and a fresh connection per transaction keeps each one's settings obvious.
 */
interface ConnectionSource {
    /** A connection with auto-commit off, ready for a transaction that may write. */
    Connection openForWriting() throws SQLException;

    /** A connection with auto-commit off for a transaction that only reads, on one consistent snapshot. */
    Connection openForReading() throws SQLException;

    /** What Flyway migrates through (it manages its own transactions). */
    DataSource dataSource();

    static ConnectionSource of(WorkspaceLocation location, BusyWait busyWait) {
        return switch (location.dialect()) {
            case SQLITE -> new SqliteConnections(location, busyWait);
            case POSTGRESQL -> new PostgresConnections(location, busyWait);
        };
    }
}
