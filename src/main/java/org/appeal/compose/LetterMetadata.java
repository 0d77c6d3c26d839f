package org.appeal.compose;

import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;

import java.util.ArrayList;
import java.util.List;

/** The document information of one rendered letter, taken from the campaign; nothing is invented. */
final class LetterMetadata {
    static final String KEYWORD = "advocacy letter";

    private LetterMetadata() {
    }

    /**
     * Title: the campaign's title, else the subject. Author: the coalition, else none (the
     * signatories are many and a PDF has one author field). Keywords: whom this copy goes to.
     */
    static PdfMetadata of(CampaignData data, Recipient recipient, Html subject) {
        String plainSubject = PlainText.of(subject.value());
        String title = data.campaign().title().isBlank() ? plainSubject : data.campaign().title().strip();
        List<String> keywords = new ArrayList<>();
        if (!recipient.name().isBlank()) {
            keywords.add(recipient.name().strip());
        }
        keywords.add(KEYWORD);
        return new PdfMetadata(title, data.campaign().coalition().strip(), plainSubject, keywords);
    }
}
