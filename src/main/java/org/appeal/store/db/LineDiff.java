package org.appeal.store.db;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff in unified format, as {@code diff -u} prints it. Letters are a few hundred lines, so
 * a longest-common-subsequence table over the lines that differ (after the common head and tail are
 * set aside) is fast and simple; no library needed.
 */
public final class LineDiff {
    /** Unchanged lines shown around each change. */
    public static final int DEFAULT_CONTEXT = 3;

    /**
     * Above this many table cells (for the differing middle parts) the diff stops looking for
     * common lines and shows the middle as removed and re-added: still correct, just not minimal,
     * and it keeps memory bounded for pathological input.
     */
    private static final long MAX_TABLE_CELLS = 16_000_000L;

    private LineDiff() {
    }

    enum Kind { KEEP, DELETE, INSERT }

    /** One line of the edit script; {@code fromIndex}/{@code toIndex} count lines consumed before it. */
    record Edit(Kind kind, String text, int fromIndex, int toIndex) {
    }

    /**
     * The unified diff turning {@code from} into {@code to}, with {@code ---}/{@code +++} headers
     * carrying the labels; the empty string if the two are equal.
     */
    public static String unified(String fromLabel, List<String> from, String toLabel, List<String> to, int context) {
        List<Edit> edits = edits(from, to);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).kind() == Kind.KEEP) {
                i++;
                continue;
            }
            int start = Math.max(0, i - context);
            int end = hunkEnd(edits, i, context);
            if (out.isEmpty()) {
                out.append("--- ").append(fromLabel).append('\n').append("+++ ").append(toLabel).append('\n');
            }
            appendHunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    /** Extends the hunk from the change at {@code i} while the next change is within two contexts. */
    private static int hunkEnd(List<Edit> edits, int i, int context) {
        int lastChange = i;
        int j = i + 1;
        while (j < edits.size()) {
            if (edits.get(j).kind() != Kind.KEEP) {
                lastChange = j;
            } else if (j - lastChange > 2 * context) {
                break;
            }
            j++;
        }
        return Math.min(edits.size(), lastChange + context + 1);
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk) {
        int fromCount = 0;
        int toCount = 0;
        for (Edit edit : hunk) {
            if (edit.kind() != Kind.INSERT) {
                fromCount++;
            }
            if (edit.kind() != Kind.DELETE) {
                toCount++;
            }
        }
        Edit first = hunk.get(0);
        out.append("@@ -").append(range(first.fromIndex(), fromCount))
                .append(" +").append(range(first.toIndex(), toCount)).append(" @@\n");
        for (Edit edit : hunk) {
            char mark = switch (edit.kind()) {
                case KEEP -> ' ';
                case DELETE -> '-';
                case INSERT -> '+';
            };
            out.append(mark).append(edit.text()).append('\n');
        }
    }

    /** As diff prints it: "start,count", "start" when count is 1, and the line before when count is 0. */
    private static String range(int consumedBefore, int count) {
        if (count == 1) {
            return Integer.toString(consumedBefore + 1);
        }
        return (count == 0 ? consumedBefore : consumedBefore + 1) + "," + count;
    }

    /** The edit script: common lines kept, others deleted from {@code a} or inserted from {@code b}. */
    static List<Edit> edits(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Edit> edits = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            edits.add(new Edit(Kind.KEEP, a.get(k), k, k));
        }
        middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head, edits);
        for (int k = tail; k > 0; k--) {
            edits.add(new Edit(Kind.KEEP, a.get(a.size() - k), a.size() - k, b.size() - k));
        }
        return edits;
    }

    private static void middle(List<String> a, List<String> b, int offset, List<Edit> edits) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_TABLE_CELLS) {
            for (int i = 0; i < n; i++) {
                edits.add(new Edit(Kind.DELETE, a.get(i), offset + i, offset));
            }
            for (int j = 0; j < m; j++) {
                edits.add(new Edit(Kind.INSERT, b.get(j), offset + n, offset + j));
            }
            return;
        }
        // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(Kind.KEEP, a.get(i), offset + i, offset + j));
                i++;
                j++;
            } else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                // Deletions before insertions, as diff shows a replaced line.
                edits.add(new Edit(Kind.DELETE, a.get(i), offset + i, offset + j));
                i++;
            } else {
                edits.add(new Edit(Kind.INSERT, b.get(j), offset + i, offset + j));
                j++;
            }
        }
    }
}
