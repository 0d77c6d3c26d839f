package org.appeal.store.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the problems of one read, so that reading goes on after the first one. */
final class Problems {
    private final List<BundleProblem> found = new ArrayList<>();

    void add(String file, long line, String field, String message) {
        found.add(new BundleProblem(file, line, field, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Files in the order they were read, each file's problems by line, so the list reads like the files do. */
    List<BundleProblem> sorted() {
        Map<String, Integer> fileOrder = new LinkedHashMap<>();
        found.forEach(p -> fileOrder.putIfAbsent(p.file(), fileOrder.size()));
        List<BundleProblem> result = new ArrayList<>(found);
        result.sort(Comparator.<BundleProblem>comparingInt(p -> fileOrder.get(p.file()))
                .thenComparingLong(BundleProblem::line));
        return result;
    }
}
