package org.appeal.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

/**
 * Runs work in one transaction: commit if it returns, roll back if it throws. One use case, one
 * transaction, so a half-done import or save never reaches the disk or another client.
 *
 * <p>What the caller is told matches what happened: once the commit went through, the work is
 * reported as done, whatever happens to the connection afterwards. That is why the commit is made
 * by switching auto-commit back on: SQLite's driver follows {@code commit()} at once with the next
 * {@code BEGIN IMMEDIATE}, which can fail as busy when another client takes its turn, and would
 * report saved work as failed.
 */
final class Transactions {
    private final ConnectionSource connections;
    private final WorkspaceLocation location;
    private final BusyWait busyWait;
    private final String user;
    private final Clock clock;

    Transactions(ConnectionSource connections, WorkspaceLocation location, BusyWait busyWait, String user, Clock clock) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.location = Objects.requireNonNull(location, "location");
        this.busyWait = Objects.requireNonNull(busyWait, "busyWait");
        this.user = Objects.requireNonNull(user, "user");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    <T> T write(SqlWork<T> work) {
        return run(open(connections::openForWriting), work);
    }

    <T> T read(SqlWork<T> work) {
        return run(open(connections::openForReading), work);
    }

    /** A connection in a new transaction, after waiting out another writer (see {@link BusyWait}). */
    private Connection open(BusyWait.Attempt<Connection> opening) {
        try {
            return busyWait.retry(location, opening);
        } catch (SQLException e) {
            throw WorkspaceUnavailableException.of(location, e).<StoreException>map(u -> u)
                    .orElseGet(() -> new StoreException("Could not open the workspace database: " + e.getMessage(), e));
        }
    }

    private <T> T run(Connection connection, SqlWork<T> work) {
        T result;
        try {
            result = work.run(new UnitOfWork(connection, location.dialect(), user, clock.instant()));
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            abandon(connection, e);
            if (BusyWait.isBusy(e)) {
                throw new WorkspaceBusyException(location, e);
            }
            WorkspaceUnavailableException.of(location, e).ifPresent(unavailable -> {
                throw unavailable;
            });
            throw new StoreException("The workspace database refused the change: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            abandon(connection, e);
            throw e;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The work is committed; a connection that fails to close cannot take that back.
        }
        return result;
    }

    /** Rolls back and closes; the failure that got us here stays the one reported. */
    private static void abandon(Connection connection, Throwable cause) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException rollbackFailure) {
            // Closing the connection discards the transaction anyway.
            cause.addSuppressed(rollbackFailure);
        }
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            cause.addSuppressed(closeFailure);
        }
    }
}
