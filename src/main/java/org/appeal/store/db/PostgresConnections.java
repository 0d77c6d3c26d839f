package org.appeal.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL connections. Writes run at READ COMMITTED: there a second client's
 * {@code UPDATE ... WHERE version = ?} waits for the first client's commit and then sees the new
 * version, matches no row and is refused as stale, which is exactly the optimistic check we want
 * (REPEATABLE READ would fail it with a serialization error instead). Reads that span several
 * tables run READ ONLY at REPEATABLE READ so a campaign is never read half before and half after
 * someone else's import. A writer waits for another's locks as long as its {@link BusyWait} and no
 * longer (PostgreSQL would wait for ever): then it is refused as busy, having changed nothing.
 */
final class PostgresConnections implements ConnectionSource {
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    private final BusyWait busyWait;

    PostgresConnections(WorkspaceLocation location, BusyWait busyWait) {
        this.busyWait = busyWait;
        dataSource.setURL(location.jdbcUrl());
        if (location.user() != null) {
            dataSource.setUser(location.user());
        }
        if (location.password() != null) {
            dataSource.setPassword(location.password());
        }
    }

    @Override
    public Connection openForWriting() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try (Statement statement = connection.createStatement()) {
            // lock_timeout 0 would mean "wait for ever": a wait of zero gives up after one millisecond.
            statement.execute("SET lock_timeout = " + Math.max(1, busyWait.limit().toMillis()));
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.setAutoCommit(false);
        return connection;
    }

    @Override
    public Connection openForReading() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setAutoCommit(false);
        return connection;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }
}
