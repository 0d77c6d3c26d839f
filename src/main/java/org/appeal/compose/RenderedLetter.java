package org.appeal.compose;

import java.util.List;

/** The result of a successful render: the HTML it laid out, the PDF and non-blocking warnings. */
public record RenderedLetter(String html, byte[] pdf, List<Problem> warnings) {
    public RenderedLetter {
        warnings = List.copyOf(warnings);
    }
}
