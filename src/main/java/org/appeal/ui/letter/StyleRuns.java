package org.appeal.ui.letter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Styled stretches of a text (which may overlap: a misspelled reference inside cited words) made
 * into consecutive runs, each with every style class that covers it, as a code area takes them.
 * No toolkit: the editor turns the runs into its own spans.
 */
public final class StyleRuns {
    /** One class over {@code start} (inclusive) to {@code end} (exclusive). */
    public record Styled(int start, int end, String styleClass) {
    }

    /** A run of {@code length} characters with these classes (none for plain words). */
    public record Run(int length, List<String> classes) {
        public Run {
            classes = List.copyOf(classes);
        }
    }

    private StyleRuns() {
    }

    /** Runs that cover the whole text, in order; stretches beyond the text are cut at its end. */
    public static List<Run> of(int length, Collection<Styled> styled) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        List<Styled> within = new ArrayList<>();
        for (Styled s : styled) {
            int start = Math.max(0, Math.min(length, s.start()));
            int end = Math.max(start, Math.min(length, s.end()));
            if (end > start) {
                within.add(new Styled(start, end, s.styleClass()));
                cuts.add(start);
                cuts.add(end);
            }
        }
        within.sort(java.util.Comparator.comparingInt(Styled::start));
        List<Run> runs = new ArrayList<>();
        Integer from = cuts.first();
        List<Styled> active = new ArrayList<>();
        int next = 0;
        for (Integer to : cuts.tailSet(from, false)) {
            while (next < within.size() && within.get(next).start() <= from) {
                active.add(within.get(next++));
            }
            int at = from;
            active.removeIf(s -> s.end() <= at);
            List<String> classes = active.stream().map(Styled::styleClass).distinct().toList();
            if (!runs.isEmpty() && runs.get(runs.size() - 1).classes().equals(classes)) {
                Run last = runs.remove(runs.size() - 1);
                runs.add(new Run(last.length() + to - from, classes));
            } else {
                runs.add(new Run(to - from, classes));
            }
            from = to;
        }
        if (runs.isEmpty()) {
            runs.add(new Run(0, List.of()));
        }
        return runs;
    }
}
