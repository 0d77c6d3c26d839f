package org.appeal.store.bundle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Turns a character offset into the 1-based physical line a text editor would show. */
final class LineIndex {
    /** Offsets where a line other than the first begins. */
    private final List<Integer> lineStarts = new ArrayList<>();

    LineIndex(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lineStarts.add(i + 1);
            }
        }
    }

    long lineOf(int offset) {
        int found = Collections.binarySearch(lineStarts, offset);
        int startsAtOrBefore = found >= 0 ? found + 1 : -found - 1;
        return startsAtOrBefore + 1L;
    }
}
