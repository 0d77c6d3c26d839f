package org.appeal.store.signon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.appeal.domain.Signatory;

/**
 * Reads a kind cell. Forms word the choice freely ("Signing as an organisation", "Individual",
 * "단체", "개인으로 서명"), so a value is an organisation when it contains "organi", "institution",
 * "단체" or "기관" or has the word "org", "group" or "ngo", and an individual when it contains
 * "individual", "person" or "개인"; a value that is both or neither is an error, never a guess.
 */
final class Kinds {
    private static final List<String> ORGANISATION_PARTS = List.of("organi", "institution", "단체", "기관");
    private static final Set<String> ORGANISATION_WORDS = Set.of("org", "group", "ngo");
    private static final List<String> INDIVIDUAL_PARTS = List.of("individual", "person", "개인");

    private Kinds() {
    }

    static Optional<Signatory.Kind> parse(String value) {
        String key = value.toLowerCase(Locale.ROOT);
        List<String> words = List.of(key.split("[^\\p{L}\\p{N}]+"));
        boolean organisation = ORGANISATION_PARTS.stream().anyMatch(key::contains)
                || words.stream().anyMatch(ORGANISATION_WORDS::contains);
        boolean individual = INDIVIDUAL_PARTS.stream().anyMatch(key::contains);
        if (organisation == individual) {
            return Optional.empty();
        }
        return Optional.of(organisation ? Signatory.Kind.ORGANISATION : Signatory.Kind.INDIVIDUAL);
    }
}
