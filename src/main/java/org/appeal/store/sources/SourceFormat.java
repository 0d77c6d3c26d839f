package org.appeal.store.sources;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a source can be imported from, told apart by the file name's extension. */
public enum SourceFormat {
    /**
     * Plain text. Blank lines separate paragraphs, and so do line breaks in a block whose lines run
     * long: text copied from a web page or a word processor has one paragraph per line.
     */
    TEXT,
    /** Markdown: as in Markdown itself, only blank lines (and headings) separate paragraphs. */
    MARKDOWN,
    /** PDF: the text PDFBox extracts, with a blank line where it sees a paragraph end. */
    PDF;

    public static Optional<SourceFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /** Whether each line of a block of long lines is a paragraph of its own. */
    boolean linesMayBeParagraphs() {
        return this == TEXT;
    }
}
