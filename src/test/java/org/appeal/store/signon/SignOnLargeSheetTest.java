package org.appeal.store.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.appeal.domain.Signatory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated 100,000-row sheet (never committed) against a campaign of 20,000 signatories. The
 * plan counts every row but keeps only the first few to show. The time limit is only a guard
 * against accidental quadratic work; real figures come from the bench.
 */
class SignOnLargeSheetTest {
    private static final int ROWS = 100_000;
    private static final int EXISTING = 20_000;

    @TempDir
    Path dir;

    @Test
    void aHundredThousandRowSheetIsParsedAndPlannedInLinearTime() throws IOException {
        Path sheet = writeSheet(dir.resolve("large.csv"));
        List<Signatory> existing = existing();

        long start = System.nanoTime();
        ImportPlan plan = new SignOnImport(ImportOptions.defaults()).plan(sheet, existing);
        Duration first = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        ImportPlan second = new SignOnImport(ImportOptions.defaults()).plan(sheet, existing);
        Duration warm = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("signon: %,d-row sheet (%,d bytes) parsed and planned in %d ms (first run), %d ms (second run)%n",
                ROWS, Files.size(sheet), first.toMillis(), warm.toMillis());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.counts()).isEqualTo(new ImportPlan.Counts(ROWS - EXISTING, EXISTING / 2, EXISTING / 2, 0, 0));
        assertThat(plan.firstAdditions()).hasSize(ImportPlan.SHOWN);
        assertThat(plan.firstUpdates()).hasSize(ImportPlan.SHOWN);
        assertThat(plan.summary()).contains("would add 80,000, update 10,000, reject 0 (10,000 unchanged):\n",
                "  and 79,990 more to add\n", "  and 9,990 more to update\n");
        assertThat(second).isEqualTo(plan);
        assertThat(first.plus(warm)).isLessThan(Duration.ofMinutes(5));

        List<Signatory> after = SignOnFixtures.apply(Files.readAllBytes(sheet), ImportOptions.defaults(), existing).after();
        assertThat(after).hasSize(ROWS);
        assertThat(after.get(ROWS - 1).position()).isEqualTo(ROWS);
    }

    /** Every third name in Hangul, dates as Google Forms writes them in a US locale, quotes now and then. */
    private static Path writeSheet(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Timestamp,Organisation name,Title/Affiliation,Country,Email Address\r\n");
            for (int i = 0; i < ROWS; i++) {
                String title = i < EXISTING && i % 2 == 0 ? "Changed title" : "";
                out.write((1 + i % 12) + "/" + (1 + i % 28) + "/2025 10:15:32," + quotedName(i) + "," + title
                        + ",Exampleland,contact" + i + "@example.org\r\n");
            }
        }
        return file;
    }

    private static String quotedName(int i) {
        return i % 10 == 0 ? "\"" + name(i) + ", Inc.\"" : name(i);
    }

    private static String name(int i) {
        return i % 3 == 0 ? "하늘시민연대 " + i : "Example Organisation " + i;
    }

    private static List<Signatory> existing() {
        List<Signatory> existing = new ArrayList<>(EXISTING);
        for (int i = 0; i < EXISTING; i++) {
            String name = i % 10 == 0 ? name(i) + ", Inc." : name(i);
            existing.add(new Signatory("s" + i, Signatory.Kind.ORGANISATION, i + 1, name, "", "", "Exampleland",
                    java.time.LocalDate.of(2025, 1 + i % 12, 1 + i % 28), null));
        }
        return existing;
    }
}
