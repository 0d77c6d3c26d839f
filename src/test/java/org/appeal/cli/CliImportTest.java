package org.appeal.cli;

import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing a sign-on sheet through a real {@code appeal} process: what it prints is what reaches
 * the terminal, a large sheet fits in a small heap, and a workspace another Appeal is writing to
 * is waited for, then refused in one line. The sheets are made up (the corpus under
 * src/test/resources/signon, and generated organisations).
 */
class CliImportTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";
    private static final Path SHEET = Path.of("src/test/resources/signon/01-google-forms-us.csv").toAbsolutePath();
    private static final String BUSY = "appeal: another Appeal is writing to %s; try again when it has finished";

    @TempDir
    Path temp;

    private Path db;

    @BeforeEach
    void sample() throws Exception {
        db = temp.resolve("w.db");
        new CampaignStore(Workspace.open(WorkspaceLocation.sqlite(db)))
                .importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
    }

    private CliRun.Result appeal(String... args) {
        return CliRun.process(CliRun.Launch.in(temp), args);
    }

    private int signatories() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet count = c.createStatement().executeQuery("SELECT COUNT(*) FROM signatory")) {
            count.next();
            return count.getInt(1);
        }
    }

    @Test
    void aDryRunPrintsItsWholeReportOnStdoutAndChangesNothing() throws Exception {
        CliRun.Result result = appeal("import", "signatures", SHEET.toString(), "--campaign", CAMPAIGN, "-w", "w.db", "--dry-run");

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith(SHEET + ": would add 3, update 0, reject 0 (0 unchanged):\n")
                .contains("  add row 1 (line 2): 'Example Rights Watch'")
                .endsWith("ready to import\n");
        assertThat(signatories()).isEqualTo(22);
    }

    @Test
    void anImportSaysFirstThatItIsDone() throws Exception {
        CliRun.Result result = appeal("import", "signatures", SHEET.toString(), "--campaign", CAMPAIGN, "-w", "w.db");

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Imported: 3 added, 0 updated.\n" + SHEET + ": added 3, updated 0, rejected 0")
                .endsWith("imported\n");
        assertThat(signatories()).isEqualTo(25);
    }

    /**
     * 100,000 made-up organisations in a 32 MB heap, which holding the rows, or a report line for
     * each, would overflow several times. The report keeps the counts and the first ten rows.
     * Importing the sheet again plans against the 100,000 now in the campaign, in the same heap.
     */
    @Test
    void aLargeSheetImportsInASmallHeapWithAReportOfBoundedLength() throws Exception {
        Path sheet = temp.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
            out.write("Timestamp,Organisation name,Country\n");
            for (int i = 1; i <= 100_000; i++) {
                out.write("7/9/2025 10:15:32,Made-up Large Sheet Organisation " + i + ",Exampleland\n");
            }
        }
        CliRun.Launch small = CliRun.Launch.in(temp).withJvmOptions("-Xmx32m");

        CliRun.Result result = CliRun.process(small, "import", "signatures", "large.csv", "--campaign", CAMPAIGN, "-w", "w.db");
        CliRun.Result again = CliRun.process(small, "import", "signatures", "large.csv", "--campaign", CAMPAIGN, "-w", "w.db",
                "--dry-run");

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Imported: 100,000 added, 0 updated.\nlarge.csv: added 100,000, updated 0, rejected 0")
                .contains("  add row 10 (line 11): 'Made-up Large Sheet Organisation 10'", "  and 99,990 more added\n",
                        "100,000 data rows")
                .doesNotContain("Organisation 11'");
        assertThat(result.out().lines()).hasSize(15);
        assertThat(signatories()).isEqualTo(100_022);
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).startsWith("large.csv: would add 0, update 0, reject 0 (100,000 unchanged):\n");
    }

    /** Another client (the sqlite3 shell, a second Appeal) holding the workspace's write lock. */
    private static Connection holdingTheWriteLock(Path file) throws SQLException {
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        return other;
    }

    @Test
    void aWorkspaceAnotherAppealIsWritingToIsWaitedForThenRefusedInOneLine() throws Exception {
        CliRun.Result refused;
        CliRun.Result reading;
        long waited;
        try (Connection other = holdingTheWriteLock(db)) {
            long start = System.nanoTime();
            refused = appeal("import", "signatures", SHEET.toString(), "--campaign", CAMPAIGN, "-w", "w.db", "--wait", "2");
            waited = System.nanoTime() - start;
            reading = appeal("history", "--campaign", CAMPAIGN, "-w", "w.db", "--wait", "0");
            other.createStatement().execute("ROLLBACK");
        }

        assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.errLines()).containsExactly(BUSY.formatted(db));
        assertThat(refused.out()).isEmpty();
        assertThat(Duration.ofNanos(waited)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(reading.exit()).as("reading does not wait for a writer: " + reading).isZero();
        assertThat(signatories()).isEqualTo(22);
    }

    /** A new workspace is set up by migrations, which need the write lock: met at open, still one line. */
    @Test
    void aWorkspaceBeingSetUpByAnotherIsRefusedWithoutFlywaysStackTraces() throws Exception {
        Path fresh = temp.resolve("fresh.db");
        CliRun.Result refused;
        try (Connection other = holdingTheWriteLock(fresh)) {
            refused = appeal("import", "bundle", Path.of("seeds/sample-campaign").toAbsolutePath().toString(),
                    "-w", "fresh.db", "--wait", "1");
            other.createStatement().execute("ROLLBACK");
        }

        assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.errLines()).containsExactly(BUSY.formatted(fresh));
        assertThat(refused.err()).doesNotContainIgnoringCase("flyway");
    }

    @Test
    void aNegativeWaitIsBadInput() {
        CliRun.Result result = appeal("history", "--campaign", CAMPAIGN, "-w", "w.db", "--wait", "-1");

        assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.errLines()).containsExactly("appeal: --wait must be 0 or more seconds, not -1");
    }

    /** Root writes to a read-only file regardless; without that power the import meets SQLITE_READONLY. */
    @Test
    void aReadOnlyWorkspaceIsBadInputInOneLine() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(CliRun.canDropPrivileges(), "needs setpriv to be bound by permissions as root");
        Files.setPosixFilePermissions(db, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));

        CliRun.Result result = CliRun.process(CliRun.Launch.in(temp).unprivileged(), "import", "signatures", SHEET.toString(),
                "--campaign", CAMPAIGN, "-w", "w.db");

        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.errLines()).containsExactly("appeal: cannot use the workspace " + db
                + ": it cannot be written to (a read-only file or folder?)");
        assertThat(signatories()).isEqualTo(22);
    }

    /** The letter is written before the export is recorded: a busy workspace then costs only the history entry, said so. */
    @Test
    void aRenderWhileAnotherAppealWritesKeepsTheLetterAndWarnsThatTheHistoryLacksIt() throws Exception {
        CliRun.Result result;
        try (Connection other = holdingTheWriteLock(db)) {
            result = appeal("render", "--campaign", CAMPAIGN, "-w", "w.db", "--wait", "1", "--out", "letter.pdf");
            other.createStatement().execute("ROLLBACK");
        }

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Wrote letter.pdf (letter to ");
        assertThat(result.errLines()).contains("warning: the letter was written, but the export is not in the campaign's "
                + "history: " + BUSY.formatted(db).substring("appeal: ".length()));
        assertThat(temp.resolve("letter.pdf")).isNotEmptyFile();
    }
}
