package org.appeal.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {
    @TempDir
    Path temp;

    @Test
    void replacesTheFileAndLeavesNothingBehind() throws IOException {
        Path target = temp.resolve("letter.pdf");
        Files.writeString(target, "old");

        AtomicFile.write(target, "new".getBytes());

        assertThat(target).hasContent("new");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
        Path target = temp.resolve("sub/letter.pdf");

        AtomicFile.write(target, "x".getBytes());

        assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ);
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws IOException {
        Path target = temp.resolve("letter.pdf");
        Files.writeString(target, "old");
        Files.createDirectories(temp.resolve("blocked.pdf"));

        assertThatThrownBy(() -> AtomicFile.write(temp.resolve("blocked.pdf"), "new".getBytes())).isInstanceOf(IOException.class);

        assertThat(target).hasContent("old");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("letter.pdf", "blocked.pdf");
        }
    }
}
