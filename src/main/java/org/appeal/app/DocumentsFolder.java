package org.appeal.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's documents folder, where a first export opens: the one the desktop names
 * ({@code XDG_DOCUMENTS_DIR} in {@code ~/.config/user-dirs.dirs} on Linux), else {@code ~/Documents}
 * (Windows, macOS and most desktops), else the home folder itself. Only a folder that exists is given.
 */
public final class DocumentsFolder {
    private DocumentsFolder() {
    }

    public static Path of(Map<String, String> environment, Path home) {
        return named(environment, home).filter(Files::isDirectory)
                .or(() -> Optional.of(home.resolve("Documents")).filter(Files::isDirectory))
                .orElse(home);
    }

    public static Path standard() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The line {@code XDG_DOCUMENTS_DIR="$HOME/Papers"} of the desktop's user-dirs file. */
    private static Optional<Path> named(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        Path dirs = config.resolve("user-dirs.dirs");
        if (!Files.isRegularFile(dirs)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(dirs, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();  // an unreadable desktop file: the usual folder is taken instead
        }
        for (String line : lines) {
            String l = line.strip();
            if (l.startsWith("XDG_DOCUMENTS_DIR=")) {
                String value = l.substring("XDG_DOCUMENTS_DIR=".length()).replaceAll("^\"|\"$", "");
                if (value.startsWith("$HOME")) {
                    return Optional.of(Path.of(home + value.substring("$HOME".length())));
                }
                return value.startsWith("/") ? Optional.of(Path.of(value)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
