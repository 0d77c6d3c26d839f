package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appeal.domain.Campaign;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sqlite.BusyHandler;
import org.junit.jupiter.api.io.TempDir;

/**
 * One SQLite workspace, two writers: the second waits for the first, for as long as it was told,
 * and then is refused with a message that says so; nothing it did is half-saved, and what it is
 * told about its own work is what happened.
 */
class WorkspaceBusyTest {
    private static final String BUSY = "another Appeal is writing to %s; try again when it has finished";

    @TempDir
    Path temp;

    private Path file() {
        return temp.resolve("w.db");
    }

    private Workspace open(BusyWait wait) {
        return Workspace.open(WorkspaceLocation.sqlite(file()), "tester", Clock.systemUTC(), wait);
    }

    /** Another client (the sqlite3 shell, a second Appeal) holding the write lock. */
    private Connection otherWriter() throws SQLException {
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file());
        other.setAutoCommit(true);
        try (Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        return other;
    }

    private void probeTable() throws SQLException {
        open(BusyWait.DEFAULT);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE probe (n INTEGER PRIMARY KEY)");
        }
    }

    private List<Integer> probes() throws SQLException {
        List<Integer> found = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             ResultSet rows = c.createStatement().executeQuery("SELECT n FROM probe ORDER BY n")) {
            while (rows.next()) {
                found.add(rows.getInt(1));
            }
        }
        return found;
    }

    private static Integer insert(UnitOfWork work, int n) throws SQLException {
        try (Statement s = work.connection().createStatement()) {
            s.execute("INSERT INTO probe (n) VALUES (" + n + ")");
        }
        return n;
    }

    @Test
    void aWriterWaitsItsTimeThenIsRefusedSayingAnotherAppealIsWriting() throws Exception {
        probeTable();
        Workspace workspace = open(new BusyWait(Duration.ofMillis(400)));
        try (Connection other = otherWriter()) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> workspace.inTransaction(work -> insert(work, 1)))
                    .isInstanceOf(WorkspaceBusyException.class)
                    .hasMessage(BUSY.formatted(file().toAbsolutePath()));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            other.createStatement().execute("COMMIT");
        }
        assertThat(probes()).isEmpty();
    }

    @Test
    void aWriterGetsItsTurnWhenTheOtherFinishesWithinTheWait() throws Exception {
        probeTable();
        Workspace workspace = open(new BusyWait(Duration.ofSeconds(20)));
        Connection other = otherWriter();
        Thread finisher = new Thread(() -> {
            try {
                Thread.sleep(300);
                other.createStatement().execute("COMMIT");
                other.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        finisher.start();

        Integer saved = workspace.inTransaction(work -> insert(work, 7));

        assertThat(saved).isEqualTo(7);

        finisher.join();
        assertThat(probes()).containsExactly(7);
    }

    @Test
    void readingAndOpeningAnUpToDateWorkspaceDoNotWaitForAWriter() throws Exception {
        probeTable();
        try (Connection other = otherWriter()) {
            Workspace workspace = open(new BusyWait(Duration.ZERO));

            Optional<Versioned<Campaign>> none = workspace.read(work -> new CampaignRepository(work).find("nothing-here"));

            assertThat(none).isEmpty();
            other.createStatement().execute("COMMIT");
        }
    }

    /** A new workspace is created by migrations, which need the write lock: Flyway meets the other writer. */
    @Test
    void creatingTheSchemaWhileAnotherWritesIsRefusedAsBusyNotAsAFlywayFailure() throws Exception {
        try (Connection other = otherWriter()) {
            assertThatThrownBy(() -> open(new BusyWait(Duration.ofMillis(300))))
                    .isInstanceOf(WorkspaceBusyException.class)
                    .hasMessage(BUSY.formatted(file().toAbsolutePath()));
            other.createStatement().execute("COMMIT");
        }
        Optional<Versioned<Campaign>> none = open(BusyWait.DEFAULT).read(work -> new CampaignRepository(work).find("x"));
        assertThat(none).isEmpty();
    }

    /**
     * Another writer is waiting for the lock when each transaction commits, and takes it at once,
     * for longer than this client waits. Whatever the timing, every transaction reported done is in
     * the database and every one reported refused is not: SQLite's driver starts the next
     * transaction (BEGIN IMMEDIATE) right after a commit, and that must never turn a saved change
     * into a reported failure.
     */
    @Test
    void whatATransactionIsToldMatchesWhatWasSavedWhileAnotherWriterCompetes() throws Exception {
        probeTable();
        Workspace workspace = open(new BusyWait(Duration.ofMillis(50)));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean wanted = new AtomicBoolean();
        AtomicInteger grabs = new AtomicInteger();
        Thread competitor = new Thread(() -> {
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file())) {
                Statement s = other.createStatement();
                // Instead of sleeping between tries it asks again at once, so it gets in the moment the lock is free.
                BusyHandler.setHandler(other, new BusyHandler() {
                    @Override
                    protected int callback(int tries) {
                        return stop.get() ? 0 : 1;
                    }
                });
                while (!stop.get()) {
                    if (!wanted.get()) {
                        Thread.onSpinWait();
                        continue;
                    }
                    try {
                        s.execute("BEGIN IMMEDIATE");
                    } catch (SQLException stopped) {
                        continue;
                    }
                    wanted.set(false);
                    grabs.incrementAndGet();
                    TimeUnit.MILLISECONDS.sleep(120);
                    s.execute("COMMIT");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        competitor.start();
        List<Integer> reportedDone = new ArrayList<>();
        List<Integer> reportedRefused = new ArrayList<>();
        List<String> otherFailures = new ArrayList<>();
        try {
            for (int n = 1; n <= 40; n++) {
                int value = n;
                try {
                    reportedDone.add(workspace.inTransaction(work -> {
                        insert(work, value);
                        wanted.set(true);
                        return value;
                    }));
                } catch (WorkspaceBusyException refused) {
                    reportedRefused.add(value);
                } catch (StoreException failed) {
                    otherFailures.add(value + ": " + failed.getMessage());
                }
                while (wanted.get() && !stop.get()) {
                    Thread.onSpinWait();
                }
            }
        } finally {
            stop.set(true);
            competitor.join();
        }

        assertThat(grabs.get()).as("the competitor got the lock after commits").isPositive();
        assertThat(otherFailures).isEmpty();
        assertThat(probes()).containsExactlyElementsOf(reportedDone);
        assertThat(reportedDone.size() + reportedRefused.size()).isEqualTo(40);
    }

    /**
     * The same, made certain: a connection that behaves as SQLite's driver does on {@code commit()}
     * (COMMIT, then at once BEGIN IMMEDIATE), with the other writer taking the lock in between.
     * The transaction must be reported done, because it is.
     */
    @Test
    void aCommittedTransactionIsReportedDoneEvenIfTheNextBeginWouldFindTheWorkspaceBusy() throws Exception {
        probeTable();
        WorkspaceLocation location = WorkspaceLocation.sqlite(file());
        BusyWait wait = new BusyWait(Duration.ofMillis(100));
        SqliteConnections real = new SqliteConnections(location, wait);
        Connection[] other = new Connection[1];
        ConnectionSource beginsAfterCommit = new ConnectionSource() {
            @Override
            public Connection openForWriting() throws SQLException {
                Connection connection = real.openForWriting();
                return (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("commit")) {
                                connection.setAutoCommit(true);
                                other[0] = otherWriter();
                                connection.setAutoCommit(false);
                                return null;
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }

            @Override
            public Connection openForReading() throws SQLException {
                return real.openForReading();
            }

            @Override
            public javax.sql.DataSource dataSource() {
                return real.dataSource();
            }
        };
        Transactions transactions = new Transactions(beginsAfterCommit, location, wait, "tester", Clock.systemUTC());

        Integer saved = transactions.write(work -> insert(work, 5));

        assertThat(saved).isEqualTo(5);
        assertThat(other[0]).as("commit() was not used, so the other writer never got in between").isNull();
        assertThat(probes()).containsExactly(5);
    }
}
