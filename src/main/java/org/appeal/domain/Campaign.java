package org.appeal.domain;

import java.util.Objects;

/**
 * A campaign: one advocacy effort with its own letter, recipients and signatories.
 *
 * @param id          stable identifier, used in file names and on the command line
 * @param title       what staff call the campaign
 * @param language    IETF tag of the letter's language ("en", "ko"), which picks date formats and labels
 * @param targetState the state the letter asks to act ("Republic of Korea"), whose co-sponsorships
 *                    and votes the letter's resolution history tells; empty when not set
 * @param coalition   who sends the letter, as a PDF names its author; empty when the campaign does not say
 *                    (never guessed from the signatories)
 */
public record Campaign(String id, String title, String language, String targetState, String coalition) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        language = language == null || language.isBlank() ? "en" : language;
        targetState = targetState == null ? "" : targetState;
        coalition = coalition == null ? "" : coalition;
    }

    /** A campaign without a target state or coalition. */
    public Campaign(String id, String title, String language) {
        this(id, title, language, "", "");
    }

    public Campaign withTargetState(String state) {
        return new Campaign(id, title, language, state, coalition);
    }

    public Campaign withCoalition(String name) {
        return new Campaign(id, title, language, targetState, name);
    }

    /** The campaign under another title: its id, which files and commands use, stays. */
    public Campaign withTitle(String newTitle) {
        return new Campaign(id, newTitle, language, targetState, coalition);
    }

    public Campaign withLanguage(String newLanguage) {
        return new Campaign(id, title, newLanguage, targetState, coalition);
    }

    /** A new campaign with this one's settings, under its own id and title. */
    public Campaign copiedAs(String newId, String newTitle) {
        return new Campaign(newId, newTitle, language, targetState, coalition);
    }
}
