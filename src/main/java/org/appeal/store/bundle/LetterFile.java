package org.appeal.store.bundle;

import java.time.LocalDate;
import java.util.Map;
import org.appeal.domain.Addressing;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.LetterWord;
import org.appeal.domain.NamedLetter;

/**
 * One letter as {@code campaign.yaml} gives it, under {@code letter:} or {@code letters:}. Fields
 * are {@code null} when absent or invalid (the problem is reported).
 *
 * @param name          the letter's name, which picks it on the command line ({@code --letter briefing})
 * @param bodyFile      path of its body inside the bundle, {@code null} when it has no body
 * @param bodyLine      line of its {@code body} key
 * @param addressing    whom it is addressed to: one letter, or one to each TO recipient
 * @param language      its own language, {@code null} for the campaign's
 * @param translationOf the letter it translates, {@code null} when it is a letter of its own
 * @param line          line of its name, where a problem with the letter as a whole is reported
 */
record LetterFile(String name, String subject, LocalDate date, LocalDate signatoriesAsOf, String template,
                  String bodyFile, long bodyLine, CitationSettings citations, Addressing addressing,
                  String language, String translationOf, Map<LetterWord, String> words, long line) {
    LetterDraft letter(String body) {
        return new LetterDraft(subject, date, body, template, signatoriesAsOf, citations, addressing, language,
                words);
    }

    NamedLetter named(String body) {
        return new NamedLetter(name, letter(body), translationOf);
    }

    /** Where its keys are reported: {@code letters.briefing.body}, or {@code letter.body} for the main letter. */
    String key(String field) {
        return (org.appeal.domain.CampaignData.MAIN_LETTER.equals(name) ? "letter." : "letters." + name + ".") + field;
    }
}
