package org.appeal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the PDF a command was given, turning what can go wrong into a message naming the file. */
final class PdfInput {
    private PdfInput() {
    }

    static byte[] read(Path file) throws BadInput {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInput(file + " is a folder, not a PDF");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInput("no such file: " + file);
        } catch (IOException e) {
            throw new BadInput("cannot read " + file + ": " + e.getMessage());
        }
    }
}
