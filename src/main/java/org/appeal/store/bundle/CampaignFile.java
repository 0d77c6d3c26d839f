package org.appeal.store.bundle;

import java.util.List;
import java.util.Map;
import org.appeal.domain.Campaign;
import org.appeal.domain.LetterWord;

/**
 * What {@code campaign.yaml} says. The letter bodies are not here but in the files their {@code
 * body} keys name, so that writers edit them as plain Markdown. Fields are {@code null} when absent
 * or invalid (the problem is reported); the domain records are only built from a file without problems.
 *
 * @param words  the campaign's own layout words by language
 * @param main   the main letter, {@code null} when {@code letter:} is missing (reported)
 * @param others the further letters under {@code letters:}, in file order
 */
record CampaignFile(String id, String title, String language, String targetState, String coalition,
                    Map<String, Map<LetterWord, String>> words, String notes, LetterFile main,
                    List<LetterFile> others) {
    static final String NAME = "campaign.yaml";
    static final String FORMAT_VERSION = "1";

    Campaign campaign() {
        return new Campaign(id, title, language, targetState, coalition, words, notes);
    }
}
