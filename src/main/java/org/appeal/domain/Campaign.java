package org.appeal.domain;

import java.util.Objects;

/**
 * A campaign: one advocacy effort with its own letter, recipients and signatories.
 *
 * @param id       stable identifier, used in file names and on the command line
 * @param title    what staff call the campaign
 * @param language IETF tag of the letter's language ("en", "ko"), which picks date formats and labels
 * @param coalition who sends the letter, as a PDF names its author; empty when the campaign does not say
 *                  (never guessed from the signatories)
 */
public record Campaign(String id, String title, String language, String coalition) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        language = language == null || language.isBlank() ? "en" : language;
        coalition = coalition == null ? "" : coalition;
    }

    /** A campaign that names no coalition. */
    public Campaign(String id, String title, String language) {
        this(id, title, language, "");
    }
}
