package org.appeal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window grows by adding screens, not by growing classes: the main window stays a frame under
 * 200 lines and no class of the interface passes 300, so a new feature finds (or makes) its own class.
 */
class ClassSizeTest {
    private static final Path UI = Path.of("src/main/java/org/appeal/ui");

    @Test
    void theMainWindowStaysUnder200Lines() throws IOException {
        assertThat(lines(UI.resolve("shell/MainWindow.java"))).isLessThan(200);
    }

    @Test
    void noInterfaceClassPasses300Lines() throws IOException {
        try (Stream<Path> files = Files.walk(UI)) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > 300)
                    .map(f -> UI.relativize(f) + " (" + lines(f) + " lines)").toList();
            assertThat(tooLong).as("ui classes over 300 lines").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
