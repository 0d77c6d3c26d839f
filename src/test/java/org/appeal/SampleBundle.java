package org.appeal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bundled sample campaign, and copies of it that a test may change. */
public final class SampleBundle {
    public static final Path FOLDER = Path.of("seeds/sample-campaign");

    private SampleBundle() {
    }

    /** Copies the sample's files into {@code target} (created if missing) and returns it. */
    public static Path copyTo(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }
}
