package org.appeal.domain;

import java.util.Objects;

/**
 * A further letter of a campaign beside its main one (a briefing note sent with the coalition
 * letter, say), picked by its name.
 */
public record NamedLetter(String name, LetterDraft letter) {
    public NamedLetter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(letter, "letter");
    }
}
