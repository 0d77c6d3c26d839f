package org.appeal.store.bundle;

import java.time.LocalDate;
import org.appeal.domain.Addressing;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.LetterDraft;

/**
 * One further letter as {@code campaign.yaml} lists it under {@code letters:}. Fields are
 * {@code null} when absent or invalid (the problem is reported).
 *
 * @param name     the letter's name, which picks it on the command line ({@code --letter briefing})
 * @param bodyFile path of its body inside the bundle, {@code null} when it has no body
 * @param bodyLine line of its {@code body} key
 */
record LetterFile(String name, String subject, LocalDate date, LocalDate signatoriesAsOf, String template,
                  String bodyFile, long bodyLine, CitationSettings citations, Addressing addressing) {
    LetterDraft letter(String body) {
        return new LetterDraft(subject, date, body, template, signatoriesAsOf, citations, addressing);
    }

    /** Where its keys are reported: {@code letters.briefing.body}. */
    String key(String field) {
        return "letters." + name + "." + field;
    }
}
