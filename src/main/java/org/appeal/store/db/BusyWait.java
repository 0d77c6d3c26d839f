package org.appeal.store.db;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a client waits while another one is writing to the same workspace before it gives up.
 *
 * <p>SQLite lets one writer in at a time. Its busy timeout makes a second writer wait at each lock;
 * what still comes back busy (a lock met while the schema is brought up to date, a read snapshot
 * that went stale, a write-ahead log being recovered) is tried again here until the time is up.
 * Then the work is refused with a {@link WorkspaceBusyException}, having changed nothing.
 *
 * @param limit how long to keep trying; zero gives up at the first busy answer
 */
public record BusyWait(Duration limit) {
    /** What the app waits: long enough for another client's ordinary save or import. */
    public static final BusyWait DEFAULT = new BusyWait(Duration.ofSeconds(10));

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    /** PostgreSQL's "lock not available": a lock_timeout ran out. */
    private static final String POSTGRES_LOCK_NOT_AVAILABLE = "55P03";
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long LONGEST_PAUSE_MILLIS = 250;

    public BusyWait {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a wait cannot be negative: " + limit);
        }
    }

    public static BusyWait ofSeconds(long seconds) {
        return new BusyWait(Duration.ofSeconds(seconds));
    }

    /** One try at work that the other writer may make fail as busy. */
    @FunctionalInterface
    interface Attempt<T> {
        T run() throws SQLException;
    }

    /** SQLite's own wait at each lock, in the unit its driver takes. */
    int busyTimeoutMillis() {
        return (int) Math.min(Integer.MAX_VALUE, limit.toMillis());
    }

    /**
     * Runs the attempt, again after a short pause whenever it fails as busy, until the limit.
     *
     * @throws WorkspaceBusyException when it is still busy at the limit
     * @throws SQLException           any other failure, at once
     */
    <T> T retry(WorkspaceLocation location, Attempt<T> attempt) throws SQLException {
        long deadline = System.nanoTime() + limit.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            try {
                return attempt.run();
            } catch (SQLException | RuntimeException e) {
                if (!isBusy(e)) {
                    throw e;
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new WorkspaceBusyException(location, e);
                }
                pause(Math.min(pause, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workspace", e);
        }
    }

    /**
     * Whether the failure, or what caused it (Flyway wraps the driver's), is SQLite saying "busy" or
     * "locked", or PostgreSQL saying a lock was not had in time.
     */
    static boolean isBusy(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof WorkspaceBusyException) {
                return true;
            }
            if (e instanceof SQLException sql) {
                if (POSTGRES_LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                    return true;
                }
                int primary = sql.getErrorCode() & 0xff;
                if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
                    return true;
                }
            }
            String message = e.getMessage();
            if (message != null && (message.contains("[SQLITE_BUSY") || message.contains("[SQLITE_LOCKED"))) {
                return true;
            }
        }
        return false;
    }
}
