package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The unified line diff that draft history shows; outputs checked against GNU {@code diff -u}. */
class WorkspaceLineDiffTest {
    private static String diff(List<String> from, List<String> to) {
        return LineDiff.unified("a", from, "b", to, LineDiff.DEFAULT_CONTEXT);
    }

    @Test
    void equalTextsHaveAnEmptyDiff() {
        assertThat(diff(List.of("x", "y"), List.of("x", "y"))).isEmpty();
        assertThat(diff(List.of(), List.of())).isEmpty();
    }

    @Test
    void aChangedLineInTheMiddleShowsWithThreeLinesOfContext() {
        List<String> from = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");
        List<String> to = List.of("1", "2", "3", "4", "five", "6", "7", "8", "9");

        assertThat(diff(from, to)).isEqualTo("""
                --- a
                +++ b
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """);
    }

    @Test
    void distantChangesMakeSeparateHunksAndCloseOnesShareOne() {
        List<String> from = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        List<String> to = List.of("A", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m");

        assertThat(diff(from, to)).isEqualTo("""
                --- a
                +++ b
                @@ -1,4 +1,4 @@
                -a
                +A
                 b
                 c
                 d
                @@ -10,3 +10,4 @@
                 j
                 k
                 l
                +m
                """);
        assertThat(diff(List.of("a", "b", "c", "d", "e", "f", "g"), List.of("a", "B", "c", "d", "e", "f", "G")))
                .contains("@@ -1,7 +1,7 @@").doesNotContain("@@ -7");
    }

    @Test
    void insertionsIntoEmptyAndDeletionsOfEverythingUseZeroLengthRanges() {
        assertThat(diff(List.of(), List.of("new", "lines"))).isEqualTo("""
                --- a
                +++ b
                @@ -0,0 +1,2 @@
                +new
                +lines
                """);
        assertThat(diff(List.of("old"), List.of())).isEqualTo("""
                --- a
                +++ b
                @@ -1 +0,0 @@
                -old
                """);
    }

    @Test
    void theEditScriptTurnsTheFirstTextIntoTheSecond() {
        Random random = new Random(20251028);
        for (int round = 0; round < 300; round++) {
            List<String> from = randomLines(random);
            List<String> to = randomLines(random);
            List<String> rebuilt = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (LineDiff.Edit edit : LineDiff.edits(from, to)) {
                if (edit.kind() != LineDiff.Kind.DELETE) {
                    rebuilt.add(edit.text());
                }
                if (edit.kind() != LineDiff.Kind.INSERT) {
                    kept.add(edit.text());
                }
            }
            assertThat(rebuilt).isEqualTo(to);
            assertThat(kept).isEqualTo(from);
        }
    }

    private static List<String> randomLines(Random random) {
        List<String> lines = new ArrayList<>();
        int size = random.nextInt(12);
        for (int i = 0; i < size; i++) {
            lines.add(Character.toString('a' + random.nextInt(4)));
        }
        return lines;
    }
}
