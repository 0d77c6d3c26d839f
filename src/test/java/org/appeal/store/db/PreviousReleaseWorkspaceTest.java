package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * A new version opens the workspaces the previous release wrote. The fixture is a real workspace
 * file, written by the build of 2 December 2026 (schema V1..V8 and V20, the first packaged
 * release) with {@code appeal import bundle seeds/sample-campaign --workspace FILE}; it is never
 * regenerated. When a release ships, add its workspace beside it rather than replacing it.
 */
class PreviousReleaseWorkspaceTest {
    private static final Path FIXTURE = Path.of("src/test/resources/workspaces/workspace-0.1.0-2026-12-02.db");

    @Test
    void theFirstPackagedReleasesWorkspaceOpensMigratesAndRendersItsLetter(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("workspace.db");
        Files.copy(FIXTURE, copy);
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(copy));

        List<String> applied = workspace.read(work -> {
            List<String> versions = new ArrayList<>();
            try (Statement s = work.connection().createStatement();
                 ResultSet rows = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1")) {
                while (rows.next()) {
                    versions.add(rows.getString(1));
                }
            }
            return versions;
        });
        assertThat(applied).as("the release's migrations, and any newer ones run on open")
                .contains("1", "2", "3", "4", "5", "6", "7", "8", "20");

        CampaignData data = new CampaignStore(workspace).load("rok-unga80-dprk-2025");
        assertThat(data.campaign().title())
                .isEqualTo("2025 North Korean human rights resolution, 80th UN General Assembly");
        assertThat(data.recipients()).hasSize(4);
        assertThat(data.signatories().all()).hasSize(22);
        assertThat(data.letter().body()).startsWith("We urge your government to engage fully");

        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
        RenderedLetter letter = renderer.render(data, data.recipients().get(0), RenderOptions.DEFAULT);
        assertThat(new String(letter.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(letter.html()).contains("Lee Jae-myung");
    }

    @Test
    void theFixtureStaysAtThatReleasesSchema(@TempDir Path dir) throws Exception {
        // Tests open copies only (SQLite writes -shm/-wal files beside a WAL database even when
        // reading): a fixture migrated in place would no longer test the upgrade.
        Path copy = dir.resolve("workspace.db");
        Files.copy(FIXTURE, copy);
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        List<String> versions = new ArrayList<>();
        try (Connection c = readOnly.createConnection("jdbc:sqlite:" + copy);
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT version FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "20");
    }
}
