package org.appeal.app;

import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.NamedLetter;
import org.appeal.domain.SignatoryList;

import java.util.List;
import java.util.Set;

/**
 * File → New campaign from a copy: a new campaign with another's settings (language, target state,
 * coalition, each letter's layout, citations and dates) and the parts the user chose. What is not
 * chosen starts empty; the record of what was sent (deliveries) and who approved which text are
 * never copied, since they belong to the letters that went out.
 */
public final class CampaignCopy {
    /** What may be copied. */
    public enum Part {
        /** Subject and body of every letter; without it the letters keep their settings and start empty. */
        LETTER_TEXT,
        RECIPIENTS,
        SIGNATORIES,
        /** Sources with their text, and the evidence quoted from them. */
        SOURCES_AND_EVIDENCE,
        /** Resolutions, co-sponsorship records and votes: what the letter's history sentences tell. */
        HISTORY
    }

    private CampaignCopy() {
    }

    public static CampaignData of(CampaignData from, String id, String title, Set<Part> parts) {
        boolean text = parts.contains(Part.LETTER_TEXT);
        boolean sources = parts.contains(Part.SOURCES_AND_EVIDENCE);
        boolean history = parts.contains(Part.HISTORY);
        List<NamedLetter> others = from.otherLetters().stream()
                .map(l -> new NamedLetter(l.name(), text ? l.letter() : emptied(l.letter()), l.translationOf())).toList();
        return new CampaignData(from.campaign().copiedAs(id, title), text ? from.letter() : emptied(from.letter()),
                parts.contains(Part.RECIPIENTS) ? from.recipients() : List.of(),
                parts.contains(Part.SIGNATORIES) ? from.signatories() : new SignatoryList(List.of()),
                history ? from.resolutions() : List.of(), history ? from.sponsorships() : List.of(),
                sources ? from.sources() : List.of(), sources ? from.evidence() : List.of(),
                others, history ? from.votes() : List.of(), List.of());
    }

    private static LetterDraft emptied(LetterDraft letter) {
        return letter.withSubject("").withBody("");
    }
}
