package org.appeal.store.signon;

import java.util.ArrayDeque;

/**
 * Where lines start and where undecodable bytes were, as character offsets in the decoded text,
 * for naming a row's line and telling which row bad bytes belong to. Rows are asked about in
 * order, so offsets already passed are dropped: memory stays bounded by how far the CSV parser
 * reads ahead, not by the size of the sheet.
 */
final class TextPositions {
    private final ArrayDeque<Long> lineStarts = new ArrayDeque<>();
    private final ArrayDeque<Long> malformed = new ArrayDeque<>();
    private long linesPassed;
    private long rowStart;

    void lineStartsAt(long offset) {
        lineStarts.addLast(offset);
    }

    void malformedAt(long offset) {
        malformed.addLast(offset);
    }

    /** Where the row being read starts (as far as the reader knows: the start of the last one read whole). */
    void rowStartsAt(long offset) {
        rowStart = offset;
    }

    long rowStart() {
        return rowStart;
    }

    /** The 1-based line holding {@code offset}; an offset must not be smaller than one asked before. */
    long lineOf(long offset) {
        while (!lineStarts.isEmpty() && lineStarts.peekFirst() <= offset) {
            lineStarts.removeFirst();
            linesPassed++;
        }
        return linesPassed + 1;
    }

    /** How many undecodable sequences lie before {@code end}, forgetting them. */
    int takeMalformedBefore(long end) {
        int count = 0;
        while (!malformed.isEmpty() && malformed.peekFirst() < end) {
            malformed.removeFirst();
            count++;
        }
        return count;
    }
}
