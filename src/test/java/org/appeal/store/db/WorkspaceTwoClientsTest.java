package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.appeal.domain.Signatory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Two people on one team workspace (two {@link Workspace} clients on one PostgreSQL database)
 * editing the same signatory: the second, stale save is refused and the first one's change stays.
 */
class WorkspaceTwoClientsTest {
    private static final String CAMPAIGN = MadeUpCampaign.ID;
    private static final String ID = "example-watch";

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabases.PostgresOnly.class)
    void theSecondStaleSaveIsRefusedAndNothingIsLost(TestDatabase db) {
        Workspace ana = db.open("ana");
        Workspace kim = db.open("kim");
        new CampaignStore(ana).importCampaign(MadeUpCampaign.data());
        Versioned<Signatory> anaOpened = find(ana);
        Versioned<Signatory> kimOpened = find(kim);
        assertThat(anaOpened.version()).isEqualTo(1);
        assertThat(kimOpened.version()).isEqualTo(1);
        Signatory anasChange = anaOpened.value().withdrawn(LocalDate.of(2099, 3, 3));
        Signatory kimsChange = rename(kimOpened.value(), "Example Watch International");

        long saved = ana.inTransaction(work -> new SignatoryRepository(work).save(CAMPAIGN, anasChange, 1));

        assertThat(saved).isEqualTo(2);
        assertThatThrownBy(() -> kim.inTransaction(work -> new SignatoryRepository(work).save(CAMPAIGN, kimsChange, 1)))
                .isInstanceOf(StaleDataException.class)
                .hasMessageStartingWith("Signatory 'example-watch' was changed by someone else by ana at ")
                .hasMessageEndingWith("since you opened it (version 2, you had 1); reload before saving");
        assertThat(find(kim)).isEqualTo(new Versioned<>(anasChange, 2));
    }

    /**
     * The same race with both saves in flight: kim's UPDATE waits on the row lock of ana's open
     * transaction, then sees ana's committed version and matches nothing instead of overwriting it.
     */
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabases.PostgresOnly.class)
    void aSaveWaitingOnAnotherClientsTransactionIsRefusedOnceThatCommits(TestDatabase db) throws Exception {
        Workspace ana = db.open("ana");
        Workspace kim = db.open("kim");
        Workspace observer = db.open("observer");
        new CampaignStore(ana).importCampaign(MadeUpCampaign.data());
        Signatory original = find(ana).value();
        Signatory anasChange = original.withdrawn(LocalDate.of(2099, 3, 3));
        Signatory kimsChange = rename(original, "Example Watch International");
        CountDownLatch anaHasWritten = new CountDownLatch(1);
        CountDownLatch anaMayCommit = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<Long> anaSave = clients.submit(() -> ana.inTransaction(work -> {
                long version = new SignatoryRepository(work).save(CAMPAIGN, anasChange, 1);
                anaHasWritten.countDown();
                await(anaMayCommit);
                return version;
            }));
            assertThat(anaHasWritten.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Long> kimSave = clients.submit(() ->
                    kim.inTransaction(work -> new SignatoryRepository(work).save(CAMPAIGN, kimsChange, 1)));
            waitUntilABackendWaitsOnALock(observer);

            anaMayCommit.countDown();

            assertThat(anaSave.get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThatThrownBy(() -> kimSave.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("by ana at");
        } finally {
            anaMayCommit.countDown();
            clients.shutdownNow();
        }
        assertThat(find(observer)).isEqualTo(new Versioned<>(anasChange, 2));
    }

    /** A client that would wait for ever on a team server gives up at its own limit, as on SQLite. */
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabases.PostgresOnly.class)
    void aSaveWaitingLongerThanItsWaitIsRefusedAsBusyAndChangesNothing(TestDatabase db) throws Exception {
        Workspace ana = db.open("ana");
        Workspace kim = Workspace.open(db.location(), "kim", new TestDatabase.TickingClock(Instant.parse("2025-10-28T09:00:00Z")),
                new BusyWait(Duration.ofMillis(400)));
        new CampaignStore(ana).importCampaign(MadeUpCampaign.data());
        Signatory original = find(ana).value();
        Signatory anasChange = original.withdrawn(LocalDate.of(2099, 3, 3));
        CountDownLatch anaHasWritten = new CountDownLatch(1);
        CountDownLatch anaMayCommit = new CountDownLatch(1);
        ExecutorService clients = Executors.newSingleThreadExecutor();
        try {
            Future<Long> anaSave = clients.submit(() -> ana.inTransaction(work -> {
                long version = new SignatoryRepository(work).save(CAMPAIGN, anasChange, 1);
                anaHasWritten.countDown();
                await(anaMayCommit);
                return version;
            }));
            assertThat(anaHasWritten.await(10, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();

            assertThatThrownBy(() -> kim.inTransaction(work -> new SignatoryRepository(work)
                    .save(CAMPAIGN, rename(original, "Example Watch International"), 1)))
                    .isInstanceOf(WorkspaceBusyException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            anaMayCommit.countDown();
            assertThat(anaSave.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            anaMayCommit.countDown();
            clients.shutdownNow();
        }
        assertThat(find(kim)).isEqualTo(new Versioned<>(anasChange, 2));
    }

    private static Versioned<Signatory> find(Workspace client) {
        Optional<Versioned<Signatory>> found = client.read(work -> new SignatoryRepository(work).find(CAMPAIGN, ID));
        return found.orElseThrow();
    }

    private static Signatory rename(Signatory s, String name) {
        return new Signatory(s.id(), s.kind(), s.position(), name, s.acronym(), s.title(), s.country(), s.signedOn(),
                s.withdrawnOn());
    }

    private static void await(CountDownLatch latch) throws SQLException {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new SQLException("the test never let the transaction finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", e);
        }
    }

    /** Polls PostgreSQL's own view of its backends, so the test does not rely on a sleep. */
    private static void waitUntilABackendWaitsOnALock(Workspace observer) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            int waiting = observer.read(work -> {
                try (PreparedStatement statement = work.connection().prepareStatement(
                        "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                + "AND datname = current_database()");
                     ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            });
            if (waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second client's save never waited on the first one's row lock");
    }
}
