package org.appeal.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The letter as the writer edits it.
 *
 * @param subject          the subject after "Re:", inline markup allowed (e.g. {@code 80<sup>th</sup>})
 * @param date             the date printed on the letter
 * @param body             Markdown in which Velocity references may appear
 * @param templateName     layout template under {@code templates/}
 * @param signatoriesAsOf  the day whose signatory list the letter prints; it may differ from {@code date}
 */
public record LetterDraft(String subject, LocalDate date, String body, String templateName,
                          LocalDate signatoriesAsOf) {
    public static final String DEFAULT_TEMPLATE = "letter.html.vm";

    public LetterDraft {
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(date, "date");
        body = body == null ? "" : body;
        templateName = templateName == null || templateName.isBlank() ? DEFAULT_TEMPLATE : templateName;
        signatoriesAsOf = signatoriesAsOf == null ? date : signatoriesAsOf;
    }

    public LetterDraft withBody(String newBody) {
        return new LetterDraft(subject, date, newBody, templateName, signatoriesAsOf);
    }

    public LetterDraft withTemplate(String newTemplate) {
        return new LetterDraft(subject, date, body, newTemplate, signatoriesAsOf);
    }
}
