package org.appeal.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

/**
 * Runs work in one transaction: commit if it returns, roll back if it throws. One use case, one
 * transaction, so a half-done import or save never reaches the disk or another client.
 */
final class Transactions {
    private final ConnectionSource connections;
    private final Dialect dialect;
    private final String user;
    private final Clock clock;

    Transactions(ConnectionSource connections, Dialect dialect, String user, Clock clock) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.user = Objects.requireNonNull(user, "user");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    <T> T write(SqlWork<T> work) {
        try (Connection connection = connections.openForWriting()) {
            return run(connection, work);
        } catch (SQLException e) {
            throw new StoreException("Could not open the workspace database: " + e.getMessage(), e);
        }
    }

    <T> T read(SqlWork<T> work) {
        try (Connection connection = connections.openForReading()) {
            return run(connection, work);
        } catch (SQLException e) {
            throw new StoreException("Could not open the workspace database: " + e.getMessage(), e);
        }
    }

    private <T> T run(Connection connection, SqlWork<T> work) {
        UnitOfWork unit = new UnitOfWork(connection, dialect, user, clock.instant());
        try {
            T result = work.run(unit);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollBack(connection, e);
            throw new StoreException("The workspace database refused the change: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            rollBack(connection, e);
            throw e;
        }
    }

    private static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            // Closing the connection discards the transaction anyway; keep the first failure on top.
            cause.addSuppressed(rollbackFailure);
        }
    }
}
