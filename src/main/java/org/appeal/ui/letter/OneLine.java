package org.appeal.ui.letter;

/** A value shown in a popup of the body editor: on one line, cut with "…" past a length. */
final class OneLine {
    private OneLine() {
    }

    static String shorten(String text, int max) {
        String line = text.replace('\n', ' ');
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
