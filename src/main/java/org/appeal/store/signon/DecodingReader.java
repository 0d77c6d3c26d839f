package org.appeal.store.signon;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a sheet strictly and streams it. A byte sequence that is not valid in the charset is
 * never silently replaced: its offset goes to {@link TextPositions} so that its row is rejected by
 * number (the U+FFFD put in its place only keeps the CSV structure and offsets intact). The reader
 * also records where lines start. A leading UTF-8 byte-order mark is dropped whatever the charset,
 * since it can only mean the file is UTF-8 and would otherwise spoil the first header.
 */
final class DecodingReader extends Reader {
    private static final char REPLACEMENT = '\uFFFD';
    private static final int SIZE = 1 << 16;
    /** The longest row read; a longer one is a quote never closed, which would otherwise swallow the rest of the sheet. */
    static final int MAX_ROW_CHARS = 100_000;
    static final String ROW_TOO_LONG = "a row longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_ROW_CHARS)
            + " characters";

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final TextPositions positions;
    private final ByteBuffer bytes = ByteBuffer.allocate(SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(SIZE).flip();
    /** Characters decoded so far, handed out or waiting in {@link #chars}. */
    private long decoded;
    /** Characters handed out so far. */
    private long handedOut;
    private boolean inputDone;
    private boolean finished;
    private boolean previousWasCr;

    DecodingReader(InputStream in, Charset charset, TextPositions positions) throws IOException {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.positions = positions;
        while (!inputDone && bytes.remaining() < 3) {
            readBytes();
        }
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
        }
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (finished) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        noteLineStarts(target, offset, n);
        handedOut += n;
        // The parser reads ahead by a buffer or two, so the limit is measured past that.
        if (handedOut - positions.rowStart() > MAX_ROW_CHARS + 2L * SIZE) {
            throw new IOException(ROW_TOO_LONG);
        }
        return n;
    }

    /** A line starts after {@code \n}, after {@code \r\n} and after a lone {@code \r}. */
    private void noteLineStarts(char[] text, int offset, int n) {
        for (int i = 0; i < n; i++) {
            char c = text[offset + i];
            if (c == '\r' || (c == '\n' && !previousWasCr)) {
                // After "\r\n" this points at the '\n', which no row starts at: line numbers stay right.
                positions.lineStartsAt(handedOut + i + 1);
            }
            previousWasCr = c == '\r';
        }
    }

    private void decodeMore() throws IOException {
        chars.clear();
        // One place is kept free so that a replacement always fits after a decoding error.
        while (!finished && chars.position() < chars.capacity() - 1) {
            chars.limit(chars.capacity() - 1);
            CoderResult result = decoder.decode(bytes, chars, inputDone);
            chars.limit(chars.capacity());
            if (result.isError()) {
                positions.malformedAt(decoded + chars.position());
                bytes.position(bytes.position() + result.length());
                chars.put(REPLACEMENT);
            } else if (result.isOverflow()) {
                break;
            } else if (inputDone) {
                decoder.flush(chars);
                finished = true;
            } else {
                readBytes();
            }
        }
        chars.flip();
        decoded += chars.remaining();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            inputDone = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
