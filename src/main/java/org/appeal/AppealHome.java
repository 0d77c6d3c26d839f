package org.appeal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the installation's files are: the launcher passes {@code -Dappeal.home}; run from a
 * checkout, the current folder is the home.
 */
public record AppealHome(Path root) {
    public static AppealHome locate() {
        String home = System.getProperty("appeal.home");
        return new AppealHome(Path.of(home != null ? home : "").toAbsolutePath());
    }

    public Path templates() {
        Path templates = root.resolve("templates");
        if (!Files.isDirectory(templates)) {
            throw new IllegalStateException("no templates folder at " + templates
                    + "; run Appeal from its folder or through the ./appeal launcher");
        }
        return templates;
    }
}
