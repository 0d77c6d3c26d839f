package org.appeal.ui.letter;

/** A stretch of the body's text, {@code start} inclusive, {@code end} exclusive (an empty one is a caret). */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: " + start + ".." + end);
        }
    }
}
