package org.appeal.store.db;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One fresh, empty workspace database for one test: a new SQLite file, or a new schema on the
 * shared embedded PostgreSQL. Every {@link #open} is another client on that same database.
 */
public interface TestDatabase {
    Dialect dialect();

    WorkspaceLocation location();

    /** A new client working as {@code user}, with a clock that ticks one second per reading. */
    default Workspace open(String user) {
        return Workspace.open(location(), user, new TickingClock(Instant.parse("2025-10-28T09:00:00Z")));
    }

    default Workspace open() {
        return open("tester");
    }

    /** Deterministic but distinct stamps, so tests can tell saves apart without sleeping. */
    final class TickingClock extends Clock {
        private Instant next;

        TickingClock(Instant start) {
            this.next = start;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plus(Duration.ofSeconds(1));
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("tests use UTC");
        }
    }
}
