package org.appeal.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a campaign's further letter may be called: its name becomes its body's file name in a
 * bundle and the argument of {@code --letter} on the command line, so it is lower-case letters,
 * digits, '-' and '_', and never {@link CampaignData#MAIN_LETTER}, which names the main letter.
 */
public final class LetterName {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /** The rule, for messages. */
    public static final String RULE = "a letter's name is lower-case letters, digits, '-' and '_', and not '"
            + CampaignData.MAIN_LETTER + "'";

    private LetterName() {
    }

    /** Why {@code name} cannot name a further letter among {@code taken}; empty when it can. */
    public static Optional<Problem> problem(String name, Collection<String> taken) {
        if (name == null || !NAME.matcher(name).matches() || name.equals(CampaignData.MAIN_LETTER)) {
            return Optional.of(Problem.NOT_A_NAME);
        }
        if (taken.contains(name)) {
            return Optional.of(Problem.TAKEN);
        }
        return Optional.empty();
    }

    public enum Problem {
        /** Not lower-case letters, digits, '-' and '_', or the main letter's name. */
        NOT_A_NAME,
        /** Another letter of the campaign has it. */
        TAKEN
    }
}
