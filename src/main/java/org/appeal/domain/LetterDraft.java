package org.appeal.domain;

import java.time.LocalDate;
import java.util.Map;
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
 * @param language         the letter's language ({@code en}, {@code ko}); empty means the campaign's,
 *                         so a campaign's further letters may be in another language than its main one
 * @param words            this letter's own layout words, over the campaign's and the language's
 */
public record LetterDraft(String subject, LocalDate date, String body, String templateName,
                          LocalDate signatoriesAsOf, CitationSettings citations, Addressing addressing,
                          String language, Map<LetterWord, String> words) {
    public static final String DEFAULT_TEMPLATE = "letter.html.vm";

    public LetterDraft {
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(date, "date");
        body = body == null ? "" : body;
        templateName = templateName == null || templateName.isBlank() ? DEFAULT_TEMPLATE : templateName;
        signatoriesAsOf = signatoriesAsOf == null ? date : signatoriesAsOf;
        citations = citations == null ? CitationSettings.DEFAULT : citations;
        addressing = addressing == null ? Addressing.ONE_LETTER : addressing;
        language = language == null ? "" : language.strip();
        words = words == null ? Map.of() : Map.copyOf(words);
    }

    /** A letter in the campaign's language with the usual layout words. */
    public LetterDraft(String subject, LocalDate date, String body, String templateName, LocalDate signatoriesAsOf,
                       CitationSettings citations, Addressing addressing) {
        this(subject, date, body, templateName, signatoriesAsOf, citations, addressing, "", Map.of());
    }

    /** A letter addressed as one letter to the first TO recipient, in the campaign's language. */
    public LetterDraft(String subject, LocalDate date, String body, String templateName, LocalDate signatoriesAsOf,
                       CitationSettings citations) {
        this(subject, date, body, templateName, signatoriesAsOf, citations, Addressing.ONE_LETTER);
    }

    /** A letter that cites the default way. */
    public LetterDraft(String subject, LocalDate date, String body, String templateName, LocalDate signatoriesAsOf) {
        this(subject, date, body, templateName, signatoriesAsOf, CitationSettings.DEFAULT);
    }

    /** The language the letter is written in: its own, else the campaign's. */
    public String languageIn(Campaign campaign) {
        return language.isEmpty() ? campaign.language() : language;
    }

    public LetterDraft withBody(String newBody) {
        return new LetterDraft(subject, date, newBody, templateName, signatoriesAsOf, citations, addressing,
                language, words);
    }

    public LetterDraft withTemplate(String newTemplate) {
        return new LetterDraft(subject, date, body, newTemplate, signatoriesAsOf, citations, addressing,
                language, words);
    }

    public LetterDraft withCitations(CitationSettings newCitations) {
        return new LetterDraft(subject, date, body, templateName, signatoriesAsOf, newCitations, addressing,
                language, words);
    }

    public LetterDraft withAddressing(Addressing newAddressing) {
        return new LetterDraft(subject, date, body, templateName, signatoriesAsOf, citations, newAddressing,
                language, words);
    }

    /** The letter in another language setting; empty for the campaign's. */
    public LetterDraft withLanguage(String newLanguage) {
        return new LetterDraft(subject, date, body, templateName, signatoriesAsOf, citations, addressing,
                newLanguage, words);
    }

    public LetterDraft withWords(Map<LetterWord, String> newWords) {
        return new LetterDraft(subject, date, body, templateName, signatoriesAsOf, citations, addressing,
                language, newWords);
    }

    public LetterDraft withSubject(String newSubject) {
        return new LetterDraft(newSubject, date, body, templateName, signatoriesAsOf, citations, addressing,
                language, words);
    }
}
