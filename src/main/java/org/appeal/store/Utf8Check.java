package org.appeal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the lines of a byte stream that are not valid UTF-8, reading it in chunks so that a large
 * file never has to fit in memory. Imports refuse such files instead of decoding them with U+FFFD,
 * which would silently change names and quotes; the lines tell the person where to look.
 */
public final class Utf8Check {
    private static final int CHUNK = 64 * 1024;

    private Utf8Check() {
    }

    /**
     * The 1-based lines holding malformed bytes, in order, at most {@code limit} of them; empty when
     * the whole stream is valid UTF-8. Lines are counted by LF bytes, which in UTF-8 never occur
     * inside a multi-byte character.
     */
    public static List<Long> malformedLines(InputStream in, int limit) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer discard = CharBuffer.allocate(CHUNK);
        List<Long> lines = new ArrayList<>();
        long line = 1;
        boolean end = false;
        while (!end) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = read < 0;
            if (!end) {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
            while (true) {
                int start = bytes.position();
                CoderResult result = decoder.decode(bytes, discard, end);
                line += newlines(bytes, start, bytes.position());
                discard.clear();
                if (result.isError()) {
                    if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
                        lines.add(line);
                        if (lines.size() >= limit) {
                            return lines;
                        }
                    }
                    int from = bytes.position();
                    bytes.position(from + result.length());
                    line += newlines(bytes, from, bytes.position());
                } else if (result.isUnderflow()) {
                    break;
                }
            }
            // Keeps the start of a character cut off at the chunk's end for the next round.
            bytes.compact();
        }
        return lines;
    }

    private static int newlines(ByteBuffer bytes, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (bytes.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
