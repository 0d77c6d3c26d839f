package org.appeal.domain;

import java.util.Objects;

/**
 * A further letter of a campaign beside its main one (a briefing note sent with the coalition
 * letter, say), picked by its name.
 *
 * @param translationOf the name of the letter this one gives in another language ({@link
 *                      CampaignData#MAIN_LETTER} for the main one), sharing its recipients,
 *                      signatories, evidence and citations; empty when it is a letter of its own
 */
public record NamedLetter(String name, LetterDraft letter, String translationOf) {
    public NamedLetter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(letter, "letter");
        translationOf = translationOf == null ? "" : translationOf;
    }

    /** A letter of its own, no translation. */
    public NamedLetter(String name, LetterDraft letter) {
        this(name, letter, "");
    }

    public boolean isTranslation() {
        return !translationOf.isEmpty();
    }
}
