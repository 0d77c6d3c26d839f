package org.appeal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the PDF a command was given, turning what can go wrong into a message naming the file. */
final class PdfInput {
    private PdfInput() {
    }

    static byte[] read(Path file) throws BadInput {
        InputFile.check(file, "a PDF");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw FileProblem.cannotRead(file, e);
        }
    }
}
