package org.appeal.store.resolutions;

import java.util.Locale;
import java.util.Optional;
import org.appeal.domain.Vote;

/**
 * The vote codes of the UN Digital Library's voting data. "X" marks a member state that did not
 * vote: the file does not say whether it was present and silent or away, so both read as
 * {@link Vote.Choice#ABSENT}, as does an empty cell (the Library's own notation for
 * non-participation) and "NV", the code its 2024 data dictionary gives for non-voting.
 */
final class VoteCodes {
    private VoteCodes() {
    }

    static Optional<Vote.Choice> parse(String code) {
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "Y" -> Optional.of(Vote.Choice.YES);
            case "N" -> Optional.of(Vote.Choice.NO);
            case "A" -> Optional.of(Vote.Choice.ABSTAIN);
            case "X", "NV", "" -> Optional.of(Vote.Choice.ABSENT);
            default -> Optional.empty();
        };
    }
}
