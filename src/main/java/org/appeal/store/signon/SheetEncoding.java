package org.appeal.store.signon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Which encoding a sheet is in. Spreadsheets write UTF-8 (Google Sheets, recent Excel "CSV UTF-8"),
 * CP949 (Excel on Korean Windows) or Windows-1252 (Excel on Western Windows), and say nothing about
 * it in the file, so the bytes decide:
 * <ol>
 *   <li>a UTF-8 byte-order mark, or bytes that are all valid UTF-8: UTF-8;</li>
 *   <li>bytes that are mostly valid UTF-8 (at least twice as many well-formed multi-byte characters
 *       as malformed sequences): UTF-8, and the malformed bytes are reported by row;</li>
 *   <li>bytes holding Hangul syllables of the common KS X 1001 range that decode cleanly as CP949, or
 *       with at most one malformed sequence per four such syllables: CP949 (damage reported by row);</li>
 *   <li>anything else: Windows-1252.</li>
 * </ol>
 * An encoding given by the user always wins over detection.
 */
public final class SheetEncoding {
    /** Microsoft's CP949 (Unified Hangul Code). Java's own "CP949" is IBM's, a different table. */
    public static final Charset CP949 = Charset.forName("x-windows-949");
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Names people use for the encodings spreadsheets write. EUC-KR is read as CP949, its superset,
     * because Korean Windows tools label CP949 files "EUC-KR"; Latin-1 is read as Windows-1252 for
     * the same reason (as browsers do).
     */
    private static final Map<String, Charset> ALIASES = Map.ofEntries(
            Map.entry("utf8", StandardCharsets.UTF_8),
            Map.entry("cp949", CP949), Map.entry("ms949", CP949), Map.entry("uhc", CP949),
            Map.entry("windows949", CP949), Map.entry("xwindows949", CP949), Map.entry("euckr", CP949),
            Map.entry("ksc5601", CP949),
            Map.entry("cp1252", WINDOWS_1252), Map.entry("windows1252", WINDOWS_1252),
            Map.entry("latin1", WINDOWS_1252), Map.entry("iso88591", WINDOWS_1252));

    private static final int CHUNK = 1 << 16;

    /** The encoding a sheet is read in and whether detection chose it, for messages. */
    public record Choice(Charset charset, boolean detected) {
        public String describe() {
            return displayName(charset) + (detected ? " (detected)" : " (given)");
        }
    }

    private SheetEncoding() {
    }

    /** The charset a user means by {@code name} ("UTF-8", "CP949", "EUC-KR", "Windows-1252", any Java name). */
    public static Charset forName(String name) {
        Charset alias = ALIASES.get(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
        if (alias != null) {
            return alias;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown encoding '" + name + "' (use UTF-8, CP949 or Windows-1252)", e);
        }
    }

    /** The name a person recognises: CP949 rather than Java's "x-windows-949". */
    public static String displayName(Charset charset) {
        if (charset.equals(CP949)) {
            return "CP949";
        }
        if (charset.equals(WINDOWS_1252)) {
            return "Windows-1252";
        }
        return charset.name();
    }

    /** Reads {@code in} to its end (without closing it) and picks the encoding by the rules above. */
    public static Choice detect(InputStream in) throws IOException {
        Tally utf8 = new Tally(StandardCharsets.UTF_8);
        Tally cp949 = new Tally(CP949);
        KsHangulCounter hangul = new KsHangulCounter();
        byte[] buffer = new byte[CHUNK];
        boolean bom = false;
        boolean first = true;
        int n;
        while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
            if (first) {
                bom = n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF;
                first = false;
            }
            utf8.feed(buffer, n, false);
            cp949.feed(buffer, n, false);
            hangul.feed(buffer, n);
        }
        utf8.feed(buffer, 0, true);
        cp949.feed(buffer, 0, true);
        return new Choice(choose(bom, utf8, cp949, hangul.count), true);
    }

    private static Charset choose(boolean bom, Tally utf8, Tally cp949, long ksHangul) {
        if (bom || utf8.malformed == 0 || utf8.nonAscii >= 2 * utf8.malformed) {
            return StandardCharsets.UTF_8;
        }
        if (ksHangul > 0 && (cp949.malformed == 0 || ksHangul >= 4 * cp949.malformed)) {
            return CP949;
        }
        return WINDOWS_1252;
    }

    /** Decodes a stream chunk by chunk, counting malformed sequences and decoded non-ASCII characters. */
    private static final class Tally {
        private final CharsetDecoder decoder;
        private final ByteBuffer in = ByteBuffer.allocate(CHUNK + 16).flip();
        private final CharBuffer out = CharBuffer.allocate(CHUNK);
        long malformed;
        long nonAscii;

        Tally(Charset charset) {
            decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        void feed(byte[] bytes, int length, boolean end) {
            in.compact().put(bytes, 0, length).flip();
            while (true) {
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    malformed++;
                    in.position(in.position() + result.length());
                } else if (result.isOverflow()) {
                    drain();
                } else {
                    break;
                }
            }
            if (end) {
                decoder.flush(out);
            }
            drain();
        }

        private void drain() {
            out.flip();
            while (out.hasRemaining()) {
                if (out.get() >= 0x80) {
                    nonAscii++;
                }
            }
            out.clear();
        }
    }

    /**
     * Counts byte pairs that CP949 reads as the 2,350 common Hangul syllables (lead 0xB0–0xC8, trail
     * 0xA1–0xFE). Not every CP949 Hangul counts: the extension range pairs a high byte with an ASCII
     * letter, and Windows-1252 text such as "’s" would look like Hangul to it.
     */
    private static final class KsHangulCounter {
        private int lead = -1;
        long count;

        void feed(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                int b = bytes[i] & 0xFF;
                if (lead >= 0) {
                    if (lead >= 0xB0 && lead <= 0xC8 && b >= 0xA1 && b <= 0xFE) {
                        count++;
                    }
                    lead = -1;
                } else if (b >= 0x81 && b <= 0xFE) {
                    lead = b;
                }
            }
        }
    }
}
