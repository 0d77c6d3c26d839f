package org.appeal.compose;

import java.util.List;
import java.util.Objects;

/**
 * The document information a PDF carries (and, in PDF/A, repeats in its XMP metadata). Empty
 * values are left out of the file rather than written as empty strings.
 *
 * @param title    what a PDF reader shows in its title bar
 * @param author   who sends the letter (the coalition); empty when the campaign does not say
 * @param subject  the letter's subject as plain text
 * @param keywords search terms such as the recipient's name
 */
record PdfMetadata(String title, String author, String subject, List<String> keywords) {
    PdfMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        keywords = List.copyOf(keywords);
    }
}
