package org.appeal.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * An open workspace: the database behind one person's or one team's campaigns.
 *
 * <p>Opening migrates the schema. All access goes through {@link #inTransaction} (work that may
 * write) or {@link #read} (work that only reads): each call is one transaction, committed when the
 * work returns and rolled back when it throws. Two {@code Workspace} objects on the same database
 * behave like two clients.
 */
public final class Workspace {
    private final WorkspaceLocation location;
    private final String user;
    private final Transactions transactions;

    private Workspace(WorkspaceLocation location, String user, Transactions transactions) {
        this.location = location;
        this.user = user;
        this.transactions = transactions;
    }

    /** Opens (creating if needed) the workspace, working as the operating-system user. */
    public static Workspace open(WorkspaceLocation location) {
        return open(location, BusyWait.DEFAULT);
    }

    /**
     * Opens the workspace as the operating-system user, waiting at most {@code busyWait} whenever
     * another client is writing to it.
     *
     * @throws WorkspaceBusyException when another client kept writing for longer than that
     */
    public static Workspace open(WorkspaceLocation location, BusyWait busyWait) {
        return open(location, System.getProperty("user.name", "unknown"), Clock.systemUTC(), busyWait);
    }

    /**
     * @param user  who this client works as; rows it saves are stamped with it, and refusals of
     *              other clients' stale saves name it
     * @param clock the time rows are stamped with (a fixed clock in tests)
     */
    public static Workspace open(WorkspaceLocation location, String user, Clock clock) {
        return open(location, user, clock, BusyWait.DEFAULT);
    }

    public static Workspace open(WorkspaceLocation location, String user, Clock clock, BusyWait busyWait) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(busyWait, "busyWait");
        createParentFolder(location.sqliteFile());
        ConnectionSource connections = ConnectionSource.of(location, busyWait);
        Migrations.migrate(connections.dataSource(), location, busyWait);
        return new Workspace(location, user, new Transactions(connections, location, busyWait, user, clock));
    }

    private static void createParentFolder(Optional<Path> file) {
        Path parent = file.map(Path::getParent).orElse(null);
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("Could not create the workspace folder " + parent + ": " + e.getMessage(), e);
        }
    }

    /** Runs work that may write as one transaction. */
    public <T> T inTransaction(SqlWork<T> work) {
        return transactions.write(work);
    }

    /** Runs work that only reads as one transaction on a consistent snapshot. */
    public <T> T read(SqlWork<T> work) {
        return transactions.read(work);
    }

    public WorkspaceLocation location() {
        return location;
    }

    public Dialect dialect() {
        return location.dialect();
    }

    public String user() {
        return user;
    }

    @Override
    public String toString() {
        return "Workspace " + location;
    }
}
