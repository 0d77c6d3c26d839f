package org.appeal.app;

import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.LayoutName;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.SignatoryList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * File → New campaign's form: what a campaign needs to start. The letter starts empty (no
 * subject, no body, nobody to send it to); its language is the campaign's, which is every
 * letter's default.
 *
 * @param language        the campaign's language, and so its letter's ("en", "ko")
 * @param targetState     may be empty: the letter then tells no co-sponsorship history
 * @param coalition       may be empty: the PDF then names no author
 * @param signatoriesAsOf the day whose signatories the letter lists
 * @param layout          a layout file of the templates folder
 */
public record NewCampaign(String title, String language, String targetState, String coalition, LocalDate letterDate,
                          LocalDate signatoriesAsOf, String layout) {
    /** What is wrong with a form; a form with none can be created. */
    public enum Problem { NO_TITLE, NO_LANGUAGE, NO_LETTER_DATE, NO_SIGNATORIES_DATE, NOT_A_LAYOUT }

    public NewCampaign {
        title = strip(title);
        language = strip(language);
        targetState = strip(targetState);
        coalition = strip(coalition);
        layout = strip(layout);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(Problem.NO_TITLE);
        }
        if (language.isEmpty()) {
            problems.add(Problem.NO_LANGUAGE);
        }
        if (letterDate == null) {
            problems.add(Problem.NO_LETTER_DATE);
        }
        if (signatoriesAsOf == null) {
            problems.add(Problem.NO_SIGNATORIES_DATE);
        }
        if (LayoutName.problem(layout).isPresent()) {
            problems.add(Problem.NOT_A_LAYOUT);
        }
        return problems;
    }

    /** The new campaign under {@code id}, holding nothing yet but its empty letter. */
    public CampaignData data(String id) {
        Objects.requireNonNull(id, "id");
        if (!problems().isEmpty()) {
            throw new IllegalStateException("a new campaign with problems cannot be made: " + problems());
        }
        return new CampaignData(new Campaign(id, title, language, targetState, coalition),
                new LetterDraft("", letterDate, "", layout, signatoriesAsOf, CitationSettings.DEFAULT),
                List.of(), new SignatoryList(List.of()), List.of(), List.of(), List.of(), List.of());
    }
}
