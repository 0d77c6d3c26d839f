package org.appeal.store.bundle;

import java.time.LocalDate;
import java.util.List;
import org.appeal.domain.Addressing;
import org.appeal.domain.Campaign;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.LetterDraft;

/**
 * What {@code campaign.yaml} says. The letter body is not here but in the file {@code bodyFile}
 * names, so that writers edit it as plain Markdown. Fields are {@code null} when absent or invalid
 * (the problem is reported); the domain records are only built from a file without problems.
 *
 * @param bodyFile path of the letter body inside the bundle, {@code null} when the letter has no body
 * @param bodyLine line of the {@code body} key, where a body file that cannot be found is reported
 * @param citations how the main letter cites
 * @param others   the further letters under {@code letters:}, in file order
 * @param addressing whom the main letter is addressed to
 */
record CampaignFile(String id, String title, String language, String targetState, String coalition, String subject,
                    LocalDate date, LocalDate signatoriesAsOf, String template, String bodyFile, long bodyLine,
                    CitationSettings citations, List<LetterFile> others, Addressing addressing) {
    static final String NAME = "campaign.yaml";
    static final String FORMAT_VERSION = "1";

    Campaign campaign() {
        return new Campaign(id, title, language, targetState, coalition);
    }

    LetterDraft letter(String body) {
        return new LetterDraft(subject, date, body, template, signatoriesAsOf, citations, addressing);
    }
}
