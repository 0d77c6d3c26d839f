package org.appeal.store.db;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a workspace's schema up to date with the Flyway scripts in {@code db/migration}; the same
 * scripts run on SQLite and PostgreSQL. Opening a workspace created by an older Appeal upgrades it.
 */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /**
     * Migrates, trying again while another client writes (Flyway meets its lock when a migration is
     * pending); gives up with a {@link WorkspaceBusyException} when {@code busyWait} runs out.
     */
    static void migrate(DataSource dataSource, WorkspaceLocation location, BusyWait busyWait) {
        try {
            busyWait.retry(location, () -> {
                migrate(dataSource, location);
                return null;
            });
        } catch (SQLException e) {
            // migrate(...) reports failures as StoreExceptions; the retry adds no SQLException of its own.
            throw new StoreException("Could not prepare the workspace database " + location + ": " + e.getMessage(), e);
        }
    }

    /** The driver's own words, one line: Flyway's message adds a multi-line table around them. */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? e.getMessage() : root.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }

    private static void migrate(DataSource dataSource, WorkspaceLocation location) {
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    // A workspace must never be wiped by a stray call.
                    .cleanDisabled(true)
                    // Migrations are independent additions (a table or a column each); a workspace
                    // made by a build that had a later one but not an earlier one still upgrades.
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            if (BusyWait.isBusy(e)) {
                throw e;
            }
            throw new StoreException("Could not prepare the workspace database " + location + ": "
                    + rootCause(e), e);
        }
    }
}
