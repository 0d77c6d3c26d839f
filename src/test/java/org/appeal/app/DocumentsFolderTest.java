package org.appeal.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a first export opens. The home folders here are made up in a temp folder. */
class DocumentsFolderTest {
    @TempDir
    Path home;

    @Test
    void theDesktopsOwnDocumentsFolderFirstThenDocumentsThenHome() throws Exception {
        assertThat(DocumentsFolder.of(Map.of(), home)).isEqualTo(home);

        Files.createDirectories(home.resolve("Documents"));
        assertThat(DocumentsFolder.of(Map.of(), home)).isEqualTo(home.resolve("Documents"));

        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "# made up\nXDG_DOCUMENTS_DIR=\"$HOME/문서\"\n");
        assertThat(DocumentsFolder.of(Map.of(), home)).as("named but missing").isEqualTo(home.resolve("Documents"));
        Files.createDirectories(home.resolve("문서"));
        assertThat(DocumentsFolder.of(Map.of(), home)).isEqualTo(home.resolve("문서"));

        Path elsewhere = Files.createDirectories(home.resolve("xdg"));
        Files.writeString(elsewhere.resolve("user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"" + home.resolve("Documents") + "\"\n");
        assertThat(DocumentsFolder.of(Map.of("XDG_CONFIG_HOME", elsewhere.toString()), home)).isEqualTo(home.resolve("Documents"));
    }
}
