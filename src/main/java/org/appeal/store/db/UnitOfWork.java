package org.appeal.store.db;

import java.sql.Connection;
import java.time.Instant;
import java.util.Objects;

/**
 * One open transaction: the connection to run statements on, plus who is working and the moment
 * the work counts as done, which every row written in it is stamped with (one instant per
 * transaction, so rows saved together carry the same time).
 *
 * <p>Repositories are built on a unit of work and live no longer than it; they never commit.
 */
public record UnitOfWork(Connection connection, Dialect dialect, String user, Instant now) {
    public UnitOfWork {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(now, "now");
    }
}
