package org.appeal.store.db;

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

    static void migrate(DataSource dataSource, WorkspaceLocation location) {
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
            throw new StoreException("Could not prepare the workspace database " + location + ": "
                    + e.getMessage(), e);
        }
    }
}
