package org.appeal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample campaign bundle for tests: its folder, its files (source texts under sources/ included), a copy. */
public final class SampleBundle {
    public static final Path FOLDER = Path.of("seeds/sample-campaign");

    private SampleBundle() {
    }

    /** Every file of the bundle, as a path relative to its folder, in name order. */
    public static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the sample in {@code target}, which is created. */
    public static Path copyTo(Path target) throws IOException {
        for (Path file : files(FOLDER)) {
            Files.createDirectories(target.resolve(file).getParent());
            Files.copy(FOLDER.resolve(file), target.resolve(file));
        }
        return target;
    }
}
