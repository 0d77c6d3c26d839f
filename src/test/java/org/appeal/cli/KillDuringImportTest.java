package org.appeal.cli;

import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of a large import leaves the workspace exactly as it was: the
 * import is one transaction, so a process that dies before committing leaves nothing behind.
 */
class KillDuringImportTest {
    private static final int ROWS = 200_000;

    @TempDir
    Path temp;

    @Test
    void killingABundleImportLeavesTheWorkspaceAsItWas() throws Exception {
        killMidImport("import", "bundle", bigBundle().toString());
    }

    @Test
    void killingASignOnSheetImportLeavesTheWorkspaceAsItWas() throws Exception {
        killMidImport("import", "signatures", bigSheet().toString(), "--campaign", "rok-unga80-dprk-2025");
    }

    private void killMidImport(String... command) throws Exception {
        Path db = temp.resolve("workspace.db");
        new CampaignStore(Workspace.open(WorkspaceLocation.sqlite(db)))
                .importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));

        List<String> args = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dappeal.home=" + Path.of("").toAbsolutePath(),
                "org.appeal.Main"));
        args.addAll(List.of(command));
        args.addAll(List.of("--workspace", db.toString()));
        Process child = new ProcessBuilder(args)
                .redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile()).start();
        Path wal = Path.of(db + "-wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && (!Files.exists(wal) || Files.size(wal) < 4_000_000) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the import must still be running when it is killed; log: %s",
                Files.readString(temp.resolve("child.log"))).isTrue();
        long walBytesAtKill = Files.size(wal);

        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the process
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(walBytesAtKill).as("the child had written into the workspace").isGreaterThan(4_000_000);

        List<String> campaigns = new CampaignStore(Workspace.open(WorkspaceLocation.sqlite(db))).campaigns()
                .stream().map(c -> c.id()).toList();
        assertThat(campaigns).containsExactly("rok-unga80-dprk-2025");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet check = c.createStatement().executeQuery("PRAGMA integrity_check");
             ResultSet count = c.createStatement().executeQuery("SELECT COUNT(*) FROM signatory")) {
            check.next();
            assertThat(check.getString(1)).isEqualTo("ok");
            count.next();
            assertThat(count.getInt(1)).isEqualTo(22);
        }
    }

    /** A sign-on sheet of 200,000 made-up organisations. */
    private Path bigSheet() throws IOException {
        Path sheet = temp.resolve("big-sheet.csv");
        try (BufferedWriter out = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
            out.write("Timestamp,Organisation name,Country\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write("7/9/2025 10:15:32,Made-up Sheet Organisation " + i + ",Exampleland\n");
            }
        }
        return sheet;
    }

    /** The sample with another id and 200,000 made-up signatories: big enough to kill mid-way. */
    private Path bigBundle() throws IOException {
        Path bundle = org.appeal.SampleBundle.copyTo(temp.resolve("big"));
        Path yaml = bundle.resolve("campaign.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("id: rok-unga80-dprk-2025", "id: big-made-up-campaign"));
        try (BufferedWriter out = Files.newBufferedWriter(bundle.resolve("signatories.csv"), StandardCharsets.UTF_8)) {
            out.write("id,kind,position,name,acronym,title,country,signed_on,withdrawn_on\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write("made-up-" + i + ",ORGANISATION," + i + ",Made-up Organisation " + i + ",MO" + i + ",,,2025-07-01,\n");
            }
        }
        return bundle;
    }
}
