package org.appeal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {
    @Test
    void validTextHasNoMalformedLines() throws Exception {
        byte[] text = "첫째 줄\nsecond line\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);

        assertThat(Utf8Check.malformedLines(new ByteArrayInputStream(text), 10)).isEmpty();
    }

    @Test
    void findsEachLineWithBadBytesAcrossChunkBoundaries() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // 30,000 lines of Hangul put multi-byte characters across the 64 KiB chunk boundaries.
        for (int i = 1; i <= 30_000; i++) {
            if (i == 2 || i == 29_999) {
                out.write(new byte[] {'x', (byte) 0xE9, 'y', (byte) 0xFF, '\n'});
            } else {
                out.write("가나다\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        out.write(new byte[] {(byte) 0xEA, (byte) 0xB0});

        assertThat(Utf8Check.malformedLines(new ByteArrayInputStream(out.toByteArray()), 10))
                .containsExactly(2L, 29_999L, 30_001L);
    }

    @Test
    void stopsAtTheLimit() throws Exception {
        byte[] bad = "\u00e9\n".repeat(50).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Utf8Check.malformedLines(new ByteArrayInputStream(bad), 3)).containsExactly(1L, 2L, 3L);
    }
}
