package org.appeal.store.signon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignOnEncodingTest {
    @Test
    void namesPeopleUseForSpreadsheetEncodingsResolveToTheTablesExcelWrites() {
        assertThat(SheetEncoding.forName("CP949")).isEqualTo(SheetEncoding.CP949);
        assertThat(SheetEncoding.forName("ms949")).isEqualTo(SheetEncoding.CP949);
        assertThat(SheetEncoding.forName("EUC-KR")).isEqualTo(SheetEncoding.CP949);
        assertThat(SheetEncoding.forName("Windows-1252")).isEqualTo(SheetEncoding.WINDOWS_1252);
        assertThat(SheetEncoding.forName("latin1")).isEqualTo(SheetEncoding.WINDOWS_1252);
        assertThat(SheetEncoding.forName("utf8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(SheetEncoding.forName("UTF-16LE")).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(SheetEncoding.displayName(SheetEncoding.CP949)).isEqualTo("CP949");
        assertThatThrownBy(() -> SheetEncoding.forName("klingon-1"))
                .hasMessageContaining("unknown encoding 'klingon-1' (use UTF-8, CP949 or Windows-1252)");
    }

    @Test
    void detectsFromTheBytes() throws IOException {
        assertThat(detect("Organisation\nPlain ASCII\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detect(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(detect("단체명\n하늘시민연대\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detect("단체명\n하늘시민연대\n".getBytes(SheetEncoding.CP949))).isEqualTo(SheetEncoding.CP949);
        assertThat(detect("Société, Ñandú\n".getBytes(SheetEncoding.WINDOWS_1252))).isEqualTo(SheetEncoding.WINDOWS_1252);
        assertThat(detect("People’s Union\n".getBytes(SheetEncoding.WINDOWS_1252))).isEqualTo(SheetEncoding.WINDOWS_1252);
        assertThat(detect(new byte[0])).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void mostlyValidBytesKeepTheirEncodingSoThatTheDamageIsReportedNotMisread() throws IOException {
        byte[] utf8 = concat("하늘시민연대 Société ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
        byte[] cp949 = concat("하늘시민연대 바다인권모임 ".getBytes(SheetEncoding.CP949), new byte[] {(byte) 0xFF});

        assertThat(detect(utf8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detect(cp949)).isEqualTo(SheetEncoding.CP949);
    }

    /** The reader decodes in 64 KiB chunks: characters split across chunks must decode, and bad bytes far in keep their row. */
    @Test
    void aLargeSheetDecodesAcrossBufferBoundariesAndNamesTheRowOfBadBytes() {
        for (Charset charset : List.of(StandardCharsets.UTF_8, SheetEncoding.CP949)) {
            ByteArrayOutputStream sheet = new ByteArrayOutputStream();
            sheet.writeBytes("Organisation,Country\n".getBytes(charset));
            for (int i = 1; i <= 5000; i++) {
                if (i == 4321) {
                    sheet.writeBytes("망가진".getBytes(charset));
                    sheet.write(0xFF);
                    sheet.writeBytes(",대한민국\n".getBytes(charset));
                } else {
                    sheet.writeBytes(("하늘시민연대 " + i + ",대한민국\n").getBytes(charset));
                }
            }

            List<SheetRow> rows = SignOnFixtures.rows(sheet.toByteArray(), ImportOptions.defaults());

            assertThat(rows).hasSize(5000);
            assertThat(rows).filteredOn(r -> !r.isValid()).singleElement().satisfies(r -> {
                assertThat(r.row()).isEqualTo(4321);
                assertThat(r.line()).isEqualTo(4322);
                assertThat(r.problems().get(0).message()).startsWith("bytes not valid " + SheetEncoding.displayName(charset));
            });
            assertThat(rows.get(4999).name()).isEqualTo("하늘시민연대 5000");
        }
    }

    @Test
    void linesAreCountedForEveryKindOfLineBreak() {
        byte[] sheet = "Organisation,Date\rOld Mac Org,2025-07-09\r\nWindows Org,bad\nUnix Org,worse\r"
                .getBytes(StandardCharsets.UTF_8);

        List<SheetRow> rows = SignOnFixtures.rows(sheet, ImportOptions.defaults());

        assertThat(rows).extracting(SheetRow::row, SheetRow::line)
                .containsExactly(tuple(1, 2L), tuple(2, 3L),
                        tuple(3, 4L));
    }

    @Test
    void aGivenEncodingWinsOverDetection() {
        byte[] sheet = "Organisation\nSociété\n".getBytes(StandardCharsets.UTF_8);

        List<SheetRow> rows = SignOnFixtures.rows(sheet, ImportOptions.defaults().withEncoding(SheetEncoding.WINDOWS_1252));

        assertThat(rows.get(0).name()).isEqualTo("SociÃ©tÃ©");
    }

    @Test
    void theDelimiterIsTheMostFrequentOutsideQuotesWithTabAndSemicolonWinningTies() {
        assertThat(delimiter("Name,Title,Country\n")).isEqualTo(',');
        assertThat(delimiter("Name;\"Title, affiliation\";Country\n")).isEqualTo(';');
        assertThat(delimiter("Title, affiliation\tName\n")).isEqualTo('\t');
        assertThat(delimiter("\n\nName;Title\n")).isEqualTo(';');
        assertThat(delimiter("Organisation\n")).isEqualTo(',');
        assertThat(delimiter("\"Multi\nline; header\",Name\n")).isEqualTo(',');
    }

    private static char delimiter(String text) {
        try {
            return Delimiters.detect(new java.io.BufferedReader(new java.io.StringReader(text)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Charset detect(byte[] bytes) throws IOException {
        return SheetEncoding.detect(new ByteArrayInputStream(bytes)).charset();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
