package org.appeal.store.bundle;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

/**
 * Decodes UTF-8 without ever substituting U+FFFD: a replaced character would silently change a
 * signatory's name, so every malformed sequence is reported with its line instead.
 */
final class StrictUtf8 {
    /** @param malformedLines 1-based lines holding bytes that are not UTF-8; empty when {@code text} is exact */
    record Decoded(String text, List<Long> malformedLines) {
        boolean isClean() {
            return malformedLines.isEmpty();
        }
    }

    private StrictUtf8() {
    }

    static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more UTF-16 units than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        TreeSet<Long> malformed = new TreeSet<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                malformed.add(new LineIndex(out.duplicate().flip()).lineOf(out.position()));
                in.position(in.position() + result.length());
                // Keeps later line numbers right; the text is never used when anything was malformed.
                out.put('\uFFFD');
            } else {
                decoder.flush(out);
                break;
            }
        }
        return new Decoded(out.flip().toString(), List.copyOf(malformed));
    }
}
