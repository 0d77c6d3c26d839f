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
 * @param citations        how the letter cites its evidence
 * @param addressing       one letter to the first TO recipient, or one to each TO recipient
 */
public record LetterDraft(String subject, LocalDate date, String body, String templateName,
                          LocalDate signatoriesAsOf, CitationSettings citations, Addressing addressing) {
    public static final String DEFAULT_TEMPLATE = "letter.html.vm";

    public LetterDraft {
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(date, "date");
        body = body == null ? "" : body;
        templateName = templateName == null || templateName.isBlank() ? DEFAULT_TEMPLATE : templateName;
        signatoriesAsOf = signatoriesAsOf == null ? date : signatoriesAsOf;
        citations = citations == null ? CitationSettings.DEFAULT : citations;
        addressing = addressing == null ? Addressing.ONE_LETTER : addressing;
    }

    /** A letter addressed as one letter to the first TO recipient. */
    public LetterDraft(String subject, LocalDate date, String body, String templateName, LocalDate signatoriesAsOf,
                       CitationSettings citations) {
        this(subject, date, body, templateName, signatoriesAsOf, citations, Addressing.ONE_LETTER);
    }

    /** A letter that cites the default way. */
    public LetterDraft(String subject, LocalDate date, String body, String templateName, LocalDate signatoriesAsOf) {
        this(subject, date, body, templateName, signatoriesAsOf, CitationSettings.DEFAULT);
    }

    public LetterDraft withBody(String newBody) {
        return new LetterDraft(subject, date, newBody, templateName, signatoriesAsOf, citations, addressing);
    }

    public LetterDraft withTemplate(String newTemplate) {
        return new LetterDraft(subject, date, body, newTemplate, signatoriesAsOf, citations, addressing);
    }

    public LetterDraft withCitations(CitationSettings newCitations) {
        return new LetterDraft(subject, date, body, templateName, signatoriesAsOf, newCitations, addressing);
    }

    public LetterDraft withAddressing(Addressing newAddressing) {
        return new LetterDraft(subject, date, body, templateName, signatoriesAsOf, citations, newAddressing);
    }

    public LetterDraft withSubject(String newSubject) {
        return new LetterDraft(newSubject, date, body, templateName, signatoriesAsOf, citations, addressing);
    }
}
