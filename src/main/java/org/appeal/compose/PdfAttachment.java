package org.appeal.compose;

import java.util.Objects;

/**
 * A file embedded in a PDF/A-3 letter as data the letter is based on (an associated file).
 *
 * @param fileName    the name a reader offers when saving it
 * @param mimeType    e.g. {@code text/csv}
 * @param description what a reader shows next to the name
 */
record PdfAttachment(String fileName, String mimeType, String description, byte[] content) {
    PdfAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(description, "description");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
