package org.appeal.domain;

import java.util.List;
import java.util.Locale;

/**
 * The same Korean personal name romanised two ways ("Kim Min-seok", "Gim Minseok") or written in the
 * other order ("Min-seok Kim"). Given names must match once hyphens, spaces and case are ignored:
 * "Kim Min-seok" and "Kim Min-jun" are different people.
 */
final class RomanisationRule implements DuplicateRule {
    @Override
    public DuplicateSuggestion.Reason reason() {
        return DuplicateSuggestion.Reason.ROMANISATION_VARIANT;
    }

    @Override
    public List<NameKey> keys(Signatory s) {
        if (s.kind() != Signatory.Kind.INDIVIDUAL) {
            return List.of();
        }
        return SignatoryNames.romanisationKeys(s.name()).stream()
                .map(key -> new NameKey(key, NameKey.Role.NAME, s.name()))
                .toList();
    }

    @Override
    public boolean pairs(NameKey.Role first, NameKey.Role second) {
        return true;
    }

    @Override
    public String explain(Signatory a, NameKey ka, Signatory b, NameKey kb) {
        String familyA = familyWord(a.name(), ka.value());
        String familyB = familyWord(b.name(), kb.value());
        List<String> wordsA = SignatoryNames.words(a.name());
        List<String> wordsB = SignatoryNames.words(b.name());
        boolean firstA = wordsA.get(0).equals(familyA);
        boolean firstB = wordsB.get(0).equals(familyB);
        StringBuilder why = new StringBuilder("'" + a.name() + "' and '" + b.name() + "' ");
        if (!familyA.equals(familyB)) {
            why.append("spell the family name ").append(capitalised(familyA)).append(" and ")
                    .append(capitalised(familyB)).append(", romanisations of the same Korean name,");
        } else {
            why.append("have the same family name ").append(capitalised(familyA)).append(',');
        }
        why.append(" and the same given name");
        if (firstA != firstB) {
            why.append("; one puts the family name first, the other last");
        }
        return why.toString();
    }

    /** The word of {@code name} the key took as the family name: the first word if it qualifies, else the last. */
    private static String familyWord(String name, String key) {
        List<String> words = SignatoryNames.words(name);
        String group = key.substring(0, key.indexOf('|'));
        String given = key.substring(key.indexOf('|') + 1);
        String first = words.get(0);
        boolean firstFits = KoreanFamilyNames.group(first).filter(group::equals).isPresent()
                && String.join("", words.subList(1, words.size())).equals(given);
        return firstFits ? first : words.get(words.size() - 1);
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
