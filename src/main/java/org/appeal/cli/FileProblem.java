package org.appeal.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says in one line why a file could not be read or written: the path the user gave, and the
 * system's reason in plain words. Never the temporary file's name, never a stack trace.
 */
final class FileProblem {
    private FileProblem() {
    }

    static BadInput cannotRead(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new BadInput("no such file: " + file);
        }
        return new BadInput("cannot read " + file + ": " + reason(e));
    }

    /**
     * A write into {@code target}'s folder failed. A folder that exists but refuses new files (a
     * system folder such as /proc) reports "no such file" for the file being created: said so here.
     */
    static BadInput cannotWrite(Path target, IOException e) {
        Path folder = target.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException && folder != null && Files.isDirectory(folder)) {
            return new BadInput("cannot write " + target + ": the folder " + folder + " does not take new files");
        }
        return new BadInput("cannot write " + target + ": " + reason(e));
    }

    /** "permission denied", "read-only file system", "no space left on device": the system's words, in lower case. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = reason.lines().findFirst().orElse(reason).strip();
        return line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
    }
}
