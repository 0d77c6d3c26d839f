package org.appeal.store.signon;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Tells which of comma, semicolon and tab separates a sheet's columns, from its header line: Excel
 * writes semicolons where the comma is the decimal mark, and "Text (tab delimited)" writes tabs.
 */
final class Delimiters {
    /** How much of the sheet's start may be looked at; a header line is far shorter. */
    static final int LOOK_AHEAD = 1 << 16;
    /** Preferred on a tie: a header holds commas ("Title, affiliation") more often than semicolons or tabs. */
    private static final char[] CANDIDATES = {'\t', ';', ','};

    private Delimiters() {
    }

    /**
     * Counts each candidate outside quotes on the first non-blank line and picks the most frequent
     * one (on a tie tab, then semicolon, then comma). The reader is reset to where it was, so the
     * CSV parser still sees the whole sheet.
     */
    static char detect(BufferedReader reader) throws IOException {
        reader.mark(LOOK_AHEAD);
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean started = false;
        for (int read = 0, c; read < LOOK_AHEAD - 1 && (c = reader.read()) >= 0; read++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (started) {
                    break;
                }
                continue;
            }
            started = true;
            if (!quoted) {
                for (int i = 0; i < CANDIDATES.length; i++) {
                    if (c == CANDIDATES[i]) {
                        counts[i]++;
                    }
                }
            }
        }
        reader.reset();
        int best = -1;
        for (int i = 0; i < CANDIDATES.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        // A header with no separator at all is a one-column sheet.
        return best < 0 ? ',' : CANDIDATES[best];
    }
}
