package org.appeal.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** A file a command reads, checked before any work so that a wrong path gets one clear line. */
final class InputFile {
    private InputFile() {
    }

    /** @param what what the file should be, for the message: "a CSV file", "a PDF" */
    static void check(Path file, String what) throws BadInput {
        if (Files.isDirectory(file)) {
            throw new BadInput(file + " is a folder, not " + what);
        }
        if (!Files.exists(file)) {
            throw new BadInput("no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            // A pipe or a device: reading it could wait for ever or never end.
            throw new BadInput(file + " is not a regular file, not " + what);
        }
    }

    /** A campaign bundle folder: one line when the path is not a bundle at all. */
    static void checkBundle(Path folder) throws BadInput {
        if (!Files.exists(folder)) {
            throw new BadInput("no such folder: " + folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new BadInput(folder + " is a file, not a campaign bundle folder");
        }
        if (!Files.exists(folder.resolve("campaign.yaml"))) {
            throw new BadInput(folder + " is not a campaign bundle: it has no campaign.yaml");
        }
    }
}
