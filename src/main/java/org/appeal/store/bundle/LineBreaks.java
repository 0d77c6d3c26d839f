package org.appeal.store.bundle;

/** The bundle's one line-break convention. */
final class LineBreaks {
    private LineBreaks() {
    }

    static String normalize(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
