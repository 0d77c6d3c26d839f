package org.appeal.store.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quote never closed makes the rest of a sheet one endless value. Reading stops once a row runs
 * past 100,000 characters, so that memory stays bounded however long the sheet; a long value
 * within that (a comment of several paragraphs) is read as usual. Sheets made up.
 */
class SignOnLongRowTest {
    private static ImportPlan plan(String sheet) {
        return new SignOnImport(ImportOptions.defaults()).plan(sheet.getBytes(StandardCharsets.UTF_8), List.of());
    }

    @Test
    void aQuoteNeverClosedStopsTheReadingAtTheLimitNotAtTheEndOfTheSheet() {
        StringBuilder sheet = new StringBuilder("Organisation,Comments\nGood Org,\n\"Broken Org,never closed\n");
        for (int i = 1; i <= 200_000; i++) {
            sheet.append("Made-up Organisation ").append(i).append(",\n");
        }

        ImportPlan plan = plan(sheet.toString());

        assertThat(plan.sheet().problems()).extracting(SheetProblem::toString).containsExactly(
                "row 2 (line 3): cannot read the sheet from this row on: it runs on for more than 100,000 characters "
                        + "(a quoted value never closed?)");
        assertThat(plan.canApply()).isFalse();
        assertThat(plan.counts().added()).isEqualTo(1);
    }

    @Test
    void aLongValueWithinTheLimitIsReadAsUsual() {
        String comment = "A long comment, over several lines.\n".repeat(2_000);
        String sheet = "Organisation,Comments\nFirst Org,\"" + comment + "\"\nSecond Org,short\n";

        ImportPlan plan = plan(sheet);

        assertThat(comment.length()).isGreaterThan(70_000);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.counts().added()).isEqualTo(2);
        assertThat(plan.firstAdditions().get(1).line()).isEqualTo(2 + 2_000 + 1);
    }
}
