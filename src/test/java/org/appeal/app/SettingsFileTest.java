package org.appeal.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsFileTest {
    @TempDir
    Path temp;

    @Test
    void windowSizeWorkspaceCampaignAndLanguageAreRemembered() throws IOException {
        SettingsFile file = new SettingsFile(temp.resolve("appeal/settings.properties"));
        AppSettings settings = AppSettings.DEFAULTS.withWindow(1111, 777).withWorkspace("/data/a.db")
                .withWorkspace("/data/b.db").withLastCampaign("rok-unga80-dprk-2025").withLanguage("ko");

        file.save(settings);

        assertThat(file.load()).isEqualTo(settings);
        assertThat(file.load().recentWorkspaces()).containsExactly("/data/b.db", "/data/a.db");
    }

    @Test
    void theLastExportFolderAndCertificateFileAreRememberedButNoPassword() throws IOException {
        SettingsFile file = new SettingsFile(temp.resolve("settings.properties"));
        AppSettings settings = AppSettings.DEFAULTS.withExportFolder("/data/letters").withCertificate("/keys/ngo.p12")
                .withWindow(1000, 700);

        file.save(settings);

        assertThat(file.load()).isEqualTo(settings);
        assertThat(file.load().exportFolder()).isEqualTo("/data/letters");
        assertThat(file.load().certificate()).isEqualTo("/keys/ngo.p12");
        assertThat(Files.readString(file.path())).doesNotContainIgnoringCase("password");
    }

    @Test
    void aMissingOrDamagedFileMeansDefaults() throws IOException {
        SettingsFile file = new SettingsFile(temp.resolve("settings.properties"));
        assertThat(file.load()).isEqualTo(AppSettings.DEFAULTS);

        Files.writeString(file.path(), "window.width=banana\nworkspace.recent=\\u12");
        assertThat(file.load()).isEqualTo(AppSettings.DEFAULTS);
    }

    @Test
    void recentWorkspacesAreCappedAndDeduplicated() {
        AppSettings settings = AppSettings.DEFAULTS;
        for (int i = 0; i < 12; i++) {
            settings = settings.withWorkspace("/w" + i + ".db");
        }
        settings = settings.withWorkspace("/w5.db");

        assertThat(settings.recentWorkspaces()).hasSize(AppSettings.MAX_RECENT).startsWith("/w5.db", "/w11.db")
                .doesNotHaveDuplicates();
    }

    @Test
    void theFileFollowsXdgConfigHome() {
        assertThat(SettingsFile.standard(Map.of("XDG_CONFIG_HOME", "/cfg"), Path.of("/home/u")).path())
                .isEqualTo(Path.of("/cfg/appeal/settings.properties"));
        assertThat(SettingsFile.standard(Map.of(), Path.of("/home/u")).path())
                .isEqualTo(Path.of("/home/u/.config/appeal/settings.properties"));
        assertThat(List.of(AppSettings.DEFAULTS.windowWidth(), AppSettings.DEFAULTS.windowHeight())).containsExactly(1280.0, 820.0);
    }
}
