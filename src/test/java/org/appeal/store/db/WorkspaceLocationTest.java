package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {
    private static final Path HOME = Path.of("/home/staff");

    @Test
    void defaultsToTheXdgDataFolderUnderHome() {
        WorkspaceLocation location = WorkspaceLocation.defaultSqlite(Map.of(), HOME);

        assertThat(location.jdbcUrl()).isEqualTo("jdbc:sqlite:/home/staff/.local/share/appeal/workspace.db");
        assertThat(location.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(location.sqliteFile()).contains(Path.of("/home/staff/.local/share/appeal/workspace.db"));
    }

    @Test
    void honoursAnAbsoluteXdgDataHomeAndIgnoresARelativeOne() {
        assertThat(WorkspaceLocation.defaultSqlite(Map.of("XDG_DATA_HOME", "/data/xdg"), HOME).jdbcUrl())
                .isEqualTo("jdbc:sqlite:/data/xdg/appeal/workspace.db");
        assertThat(WorkspaceLocation.defaultSqlite(Map.of("XDG_DATA_HOME", "relative/dir"), HOME).jdbcUrl())
                .isEqualTo("jdbc:sqlite:/home/staff/.local/share/appeal/workspace.db");
    }

    @Test
    void parsesAPathAsSqliteAndAUrlAsItIs() {
        assertThat(WorkspaceLocation.parse("/tmp/캠페인 작업/ws.db").jdbcUrl())
                .isEqualTo("jdbc:sqlite:/tmp/캠페인 작업/ws.db");
        WorkspaceLocation team = WorkspaceLocation.parse("jdbc:postgresql://db.example.invalid/appeal");
        assertThat(team.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(team.sqliteFile()).isEmpty();
    }

    @Test
    void refusesOtherJdbcUrls() {
        assertThatThrownBy(() -> WorkspaceLocation.parse("jdbc:mysql://host/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void neverPrintsThePassword() {
        WorkspaceLocation location = WorkspaceLocation.postgres(
                "jdbc:postgresql://host/db?user=ngo&password=s3cret&ssl=true", null, "other");

        assertThat(location.toString()).doesNotContain("s3cret").contains("password=***&ssl=true");
    }
}
