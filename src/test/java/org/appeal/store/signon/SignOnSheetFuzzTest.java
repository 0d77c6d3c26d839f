package org.appeal.store.signon;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.appeal.domain.Signatory;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes, in any encoding, read as a sign-on sheet and planned against a made-up campaign: the
 * reader never throws, every problem says what is wrong and where, and the rows it hands out are
 * numbered and placed consistently with the bytes. Without {@code JAZZER_FUZZ} this replays the
 * committed inputs in {@code SignOnSheetFuzzTestInputs/readsAnySheet/} as a regression test;
 * {@code bench/fuzz} fuzzes it.
 *
 * <p>An input may start with one options line, {@code %% encoding=cp949 dmy individual skip map=Org=name}
 * (any of the words, {@code map=} last), so that the options are fuzzed with the bytes; the rest of
 * the input is the sheet.
 */
class SignOnSheetFuzzTest {
    private static final byte[] OPTIONS = "%% ".getBytes(StandardCharsets.US_ASCII);

    @DictionaryEntries({"%% ", "encoding=utf8 ", "encoding=cp949 ", "encoding=1252 ", "dmy ", "individual ", "skip ", "map=",
            "=ignore", "=organisation", "Organisation", "Individual", "Timestamp", "Name", "Email address", "id", "Kind",
            "2025-07-09", "7/9/2025 10:15:32", "9 July 2025", "2025. 7. 9 오후 3:15:32", "단체", "개인", "\"\"", "\uFEFF",
            ";"})
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void readsAnySheet(byte[] input) throws Exception {
        int sheetStart = optionsLineEnd(input);
        ImportOptions options = options(new String(input, 0, sheetStart, StandardCharsets.ISO_8859_1));
        byte[] sheet = java.util.Arrays.copyOfRange(input, sheetStart, input.length);
        long lines = physicalLines(sheet);

        List<Signatory> existing = SignOnFixtures.existing();
        try (ImportScratch scratch = ImportScratch.create()) {
            existing.forEach(s -> scratch.addExisting(s, 1));
            check(sheet, lines, existing, options, scratch);
        }
    }

    private static void check(byte[] sheet, long lines, List<Signatory> existing, ImportOptions options,
                              ImportScratch scratch) throws Exception {
        SignOnImportPlanner planner = new SignOnImportPlanner(scratch, options);
        List<SheetRow> rows = new ArrayList<>();
        SheetInfo info = new SignOnSheetReader(options).read(sheet, row -> {
            rows.add(row);
            planner.accept(row);
        });

        assertThat(info.rows()).as("rows counted").isEqualTo(rows.size());
        assertThat((long) rows.size()).as("rows read from %d lines", lines).isLessThanOrEqualTo(lines);
        long previousLine = 0;
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            assertThat(row.row()).as("row number").isEqualTo(i + 1);
            assertThat(row.line()).as("line of row %d", row.row()).isGreaterThan(previousLine).isLessThanOrEqualTo(lines);
            previousLine = row.line();
            for (SheetProblem p : row.problems()) {
                assertThat(p.message()).as("message of a row problem").isNotBlank();
                assertThat(p.row()).isEqualTo(row.row());
                assertThat(p.line()).isEqualTo(row.line());
            }
            if (row.isValid()) {
                assertThat(row.name()).as("name of a valid row").isNotEmpty();
                assertThat(row.kind()).as("kind of a valid row").isNotNull();
            }
        }
        for (SheetProblem p : info.problems()) {
            assertThat(p.message()).as("message of a sheet problem").isNotBlank();
            assertThat(p.row()).isBetween(0, rows.size() + 1);
            assertThat(p.line()).isBetween(0L, lines + 1);
        }
        assertThat(info.describe()).isNotBlank();

        ImportPlan plan = planner.finish(info);
        assertThat(plan.summary()).isNotBlank();
        if (plan.canApply()) {
            Set<String> ids = new HashSet<>();
            existing.forEach(s -> ids.add(s.id()));
            int[] added = {0};
            scratch.forEachAddition(s -> {
                added[0]++;
                assertThat(ids.add(s.id())).as("unique id %s", s.id()).isTrue();
            });
            assertThat(added[0]).as("additions planned").isEqualTo(plan.counts().added());
            scratch.forEachUpdate((after, version) -> assertThat(existing).extracting(Signatory::id).contains(after.id()));
        }
    }

    private static int optionsLineEnd(byte[] input) {
        if (input.length < OPTIONS.length || !java.util.Arrays.equals(input, 0, OPTIONS.length, OPTIONS, 0, OPTIONS.length)) {
            return 0;
        }
        for (int i = OPTIONS.length; i < input.length; i++) {
            if (input[i] == '\n') {
                return i + 1;
            }
        }
        return input.length;
    }

    private static ImportOptions options(String line) {
        ImportOptions options = ImportOptions.defaults();
        if (line.isEmpty()) {
            return options;
        }
        String words = line.substring(OPTIONS.length).strip();
        int map = words.indexOf("map=");
        if (map >= 0) {
            options = options.withMapping(words.substring(map + 4));
            words = words.substring(0, map);
        }
        for (String word : words.split(" ")) {
            switch (word) {
                case "encoding=utf8" -> options = options.withEncoding(StandardCharsets.UTF_8);
                case "encoding=cp949" -> options = options.withEncoding(SheetEncoding.CP949);
                case "encoding=1252" -> options = options.withEncoding(SheetEncoding.WINDOWS_1252);
                case "dmy" -> options = options.withDateOrder(ImportOptions.DateOrder.DMY);
                case "individual" -> options = options.withDefaultKind(Signatory.Kind.INDIVIDUAL);
                case "skip" -> options = options.withSkipBadRows(true);
                default -> { }
            }
        }
        return options;
    }

    /** Lines as a text editor counts them: {@code \n}, {@code \r\n} and a lone {@code \r} each end one. */
    private static long physicalLines(byte[] sheet) {
        long lines = 1;
        for (int i = 0; i < sheet.length; i++) {
            if (sheet[i] == '\n' || (sheet[i] == '\r' && (i + 1 == sheet.length || sheet[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
