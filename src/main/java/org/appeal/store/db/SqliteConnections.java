package org.appeal.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite connections. Foreign keys are off by default in SQLite and must be switched on for every
 * connection. WAL lets readers go on while one client writes; the busy timeout makes a second
 * writer (the CLI while the app is open) wait instead of failing at once.
 *
 * <p>Writing transactions start with {@code BEGIN IMMEDIATE}: a deferred transaction that reads a
 * row version and then writes can fail with SQLITE_BUSY without waiting if another process wrote
 * in between; taking the write lock up front makes writers queue up instead. Reading transactions
 * stay deferred so they never hold the write lock, and so do the schema migrations: a workspace
 * whose schema is up to date opens without waiting for another writer.
 */
final class SqliteConnections implements ConnectionSource {
    private final SQLiteDataSource writing;
    private final SQLiteDataSource reading;

    SqliteConnections(WorkspaceLocation location, BusyWait busyWait) {
        this.writing = dataSource(location, SQLiteConfig.TransactionMode.IMMEDIATE, busyWait);
        this.reading = dataSource(location, SQLiteConfig.TransactionMode.DEFERRED, busyWait);
    }

    private static SQLiteDataSource dataSource(WorkspaceLocation location, SQLiteConfig.TransactionMode mode,
                                               BusyWait busyWait) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(busyWait.busyTimeoutMillis());
        config.setTransactionMode(mode);
        // No repository asks for generated keys; without this the driver queries for one after every insert.
        config.setGetGeneratedKeys(false);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(location.jdbcUrl());
        return dataSource;
    }

    @Override
    public Connection openForWriting() throws SQLException {
        return inTransaction(writing.getConnection());
    }

    @Override
    public Connection openForReading() throws SQLException {
        return inTransaction(reading.getConnection());
    }

    /** Here the driver runs BEGIN (IMMEDIATE for writers, which is where a writer waits its turn). */
    private static Connection inTransaction(Connection connection) throws SQLException {
        try {
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    @Override
    public DataSource dataSource() {
        return reading;
    }
}
