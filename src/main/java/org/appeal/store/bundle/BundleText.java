package org.appeal.store.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.appeal.files.ConfinedFolder;
import org.appeal.files.PathRefused;

/** Reads one text file of a bundle as exact UTF-8, reporting instead of throwing. */
final class BundleText {
    private static final char BOM = '\uFEFF';

    private BundleText() {
    }

    /**
     * The file's text with a leading BOM dropped and every line break made {@code \n}, so that
     * files saved by Windows tools read the same as canonical ones; empty after a reported problem.
     */
    static Optional<String> read(ConfinedFolder bundle, String name, Problems problems) {
        Path file;
        try {
            file = bundle.file(name);
        } catch (PathRefused e) {
            // Even the bundle's own files may be links, and a link out of the folder is not read.
            problems.add(name, 0, "", e.reason() == PathRefused.Reason.MISSING ? "file is missing" : e.getMessage());
            return Optional.empty();
        }
        return read(file, name, problems);
    }

    /**
     * @param file the real path of a file already found inside the bundle folder
     * @param name the file as the bundle names it, for the problems
     */
    static Optional<String> read(Path file, String name, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(name, 0, "", "file is missing");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(name, 0, "", "cannot read file: " + e);
            return Optional.empty();
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (!decoded.isClean()) {
            decoded.malformedLines().forEach(line ->
                    problems.add(name, line, "", "bytes that are not valid UTF-8 (save the file as UTF-8)"));
            return Optional.empty();
        }
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        return Optional.of(LineBreaks.normalize(text));
    }
}
