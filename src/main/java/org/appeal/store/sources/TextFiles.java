package org.appeal.store.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.appeal.store.ImportException;
import org.appeal.store.ImportProblem;
import org.appeal.store.ImportProblems;
import org.appeal.store.Utf8Check;

/**
 * Reads a text or Markdown source as exact UTF-8. A source is evidence, stored as written: bytes
 * that are not UTF-8 are refused with their lines rather than replaced, and so are NUL bytes, which
 * mean the file is not text at all.
 */
final class TextFiles {
    private static final char BOM = '\uFEFF';
    private static final int LINES_REPORTED = 20;

    private TextFiles() {
    }

    /** The text with a leading BOM dropped and every line break made {@code \n}. */
    static String read(Path file, String name) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(new ImportProblem(name, 0, "", "file does not exist"), e);
        } catch (IOException e) {
            throw new ImportException(new ImportProblem(name, 0, "", "cannot read the file: " + e.getMessage()), e);
        }
        ImportProblems problems = new ImportProblems(name);
        List<Long> malformed;
        try {
            malformed = Utf8Check.malformedLines(new ByteArrayInputStream(bytes), LINES_REPORTED);
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
        malformed.forEach(line -> problems.add(line, "", "bytes that are not valid UTF-8 (save the file as UTF-8)"));
        problems.throwIfAny();
        String text = new String(bytes, StandardCharsets.UTF_8);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.add(lineOf(text, nul), "", "contains NUL characters: not a text file");
        }
        problems.throwIfAny();
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static long lineOf(String text, int offset) {
        return text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
