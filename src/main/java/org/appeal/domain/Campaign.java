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
 */
public record Campaign(String id, String title, String language, String targetState) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        language = language == null || language.isBlank() ? "en" : language;
        targetState = targetState == null ? "" : targetState;
    }

    /** A campaign without a target state. */
    public Campaign(String id, String title, String language) {
        this(id, title, language, "");
    }
}
