package org.appeal.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Suggests signatories that are probably the same organisation or person, so that staff can merge
 * them; it never merges anything itself. Only signatories of the same kind are compared.
 *
 * <p>Each rule files every signatory under a few normalised keys, and only signatories sharing a
 * key are compared, so a list of ten thousand takes milliseconds rather than fifty million name
 * comparisons. A pair that several rules find is suggested once, for the first of them in the
 * order: same normalised name, acronym, Hangul and romanised forms, romanisation variant.
 */
public final class DuplicateFinder {
    private final List<DuplicateRule> rules =
            List.of(new SameNameRule(), new AcronymRule(), new HangulRule(), new RomanisationRule());

    /** @return the suggestions ordered by the list position of their {@code a}, then of their {@code b} */
    public List<DuplicateSuggestion> suggest(List<Signatory> signatories) {
        // Keyed by the pair's two places in the list, so that sorting the keys gives the list's order.
        Map<Long, DuplicateSuggestion> found = new TreeMap<>();
        for (Signatory.Kind kind : Signatory.Kind.values()) {
            List<Integer> sameKind = new ArrayList<>();
            for (int i = 0; i < signatories.size(); i++) {
                if (signatories.get(i).kind() == kind) {
                    sameKind.add(i);
                }
            }
            for (DuplicateRule rule : rules) {
                apply(rule, signatories, sameKind, found);
            }
        }
        return List.copyOf(found.values());
    }

    private record Filed(int index, NameKey key) {
    }

    private static void apply(DuplicateRule rule, List<Signatory> all, List<Integer> sameKind,
                              Map<Long, DuplicateSuggestion> found) {
        Map<String, Map<NameKey.Role, List<Filed>>> buckets = new HashMap<>();
        for (int index : sameKind) {
            for (NameKey key : rule.keys(all.get(index))) {
                buckets.computeIfAbsent(key.value(), k -> new EnumMap<>(NameKey.Role.class))
                        .computeIfAbsent(key.role(), r -> new ArrayList<>(2))
                        .add(new Filed(index, key));
            }
        }
        NameKey.Role[] roles = NameKey.Role.values();
        for (Map<NameKey.Role, List<Filed>> bucket : buckets.values()) {
            // Split by role, so that a crowded bucket of keys that never pair (initials only) costs nothing.
            for (int r = 0; r < roles.length; r++) {
                for (int s = r; s < roles.length; s++) {
                    List<Filed> first = bucket.get(roles[r]);
                    List<Filed> second = bucket.get(roles[s]);
                    if (first == null || second == null || !rule.pairs(roles[r], roles[s])) {
                        continue;
                    }
                    for (int i = 0; i < first.size(); i++) {
                        for (int j = r == s ? i + 1 : 0; j < second.size(); j++) {
                            suggest(rule, all, first.get(i), second.get(j), found);
                        }
                    }
                }
            }
        }
    }

    private static void suggest(DuplicateRule rule, List<Signatory> all, Filed x, Filed y,
                                Map<Long, DuplicateSuggestion> found) {
        if (x.index() == y.index()) {
            return;
        }
        Filed earlier = x.index() < y.index() ? x : y;
        Filed later = earlier == x ? y : x;
        long pair = ((long) earlier.index() << 32) | later.index();
        if (!found.containsKey(pair)) {
            Signatory a = all.get(earlier.index());
            Signatory b = all.get(later.index());
            found.put(pair, new DuplicateSuggestion(a, b, rule.reason(), rule.explain(a, earlier.key(), b, later.key())));
        }
    }
}
