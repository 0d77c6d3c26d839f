package org.appeal.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Common Korean family names and the romanisations they appear under in Western documents: the
 * same person is "Lee" in one sign-on sheet and "Yi" in another. Only well-established variants are
 * listed; a spelling that is not here is not treated as Korean.
 */
final class KoreanFamilyNames {
    private static final List<List<String>> GROUPS = List.of(
            List.of("Kim", "Gim"),
            List.of("Lee", "Yi", "Rhee", "I", "Rhie", "Ri"),
            List.of("Park", "Pak", "Bak"),
            List.of("Choi", "Choe", "Chwe"),
            List.of("Jung", "Jeong", "Chung"),
            List.of("Cho", "Jo"),
            List.of("Kang", "Gang"),
            List.of("Yoon", "Yun"),
            List.of("Shin", "Sin"));

    /** Lower-case spelling to its group's first spelling, which names the group. */
    private static final Map<String, String> GROUP_OF = groupOf();

    private KoreanFamilyNames() {
    }

    private static Map<String, String> groupOf() {
        Map<String, String> map = new HashMap<>();
        for (List<String> group : GROUPS) {
            for (String spelling : group) {
                map.put(spelling.toLowerCase(Locale.ROOT), group.get(0));
            }
        }
        return Map.copyOf(map);
    }

    /** The group of a family name given as a normalised (lower-case) word, e.g. "gim" gives "Kim". */
    static Optional<String> group(String normalisedWord) {
        return Optional.ofNullable(GROUP_OF.get(normalisedWord));
    }
}
