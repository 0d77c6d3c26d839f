package org.appeal.store.db;

import java.sql.SQLException;

/** Database work that runs inside one transaction; see {@link Workspace#inTransaction(SqlWork)}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(UnitOfWork work) throws SQLException;
}
