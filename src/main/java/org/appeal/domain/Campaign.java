package org.appeal.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A campaign: one advocacy effort with its own letter, recipients and signatories.
 *
 * @param id          stable identifier, used in file names and on the command line
 * @param title       what staff call the campaign
 * @param language    IETF tag of the letters' language ("en", "ko"), which picks date formats and
 *                    labels; a letter may set its own
 * @param targetState the state the letter asks to act ("Republic of Korea"), whose co-sponsorships
 *                    and votes the letter's resolution history tells; empty when not set
 * @param coalition   who sends the letter, as a PDF names its author; empty when the campaign does not say
 *                    (never guessed from the signatories)
 * @param words       the campaign's own layout words by language ({@code "ko" -> closing -> …}),
 *                    over the language's words and under a letter's own
 * @param notes       staff notes about the campaign, never printed (where a translation came
 *                    from, say); empty when there are none
 */
public record Campaign(String id, String title, String language, String targetState, String coalition,
                       Map<String, Map<LetterWord, String>> words, String notes) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        language = language == null || language.isBlank() ? "en" : language;
        targetState = targetState == null ? "" : targetState;
        coalition = coalition == null ? "" : coalition;
        Map<String, Map<LetterWord, String>> copy = new LinkedHashMap<>();
        if (words != null) {
            words.forEach((lang, set) -> {
                if (!set.isEmpty()) {
                    copy.put(lang, Map.copyOf(set));
                }
            });
        }
        words = Map.copyOf(copy);
        notes = notes == null ? "" : notes;
    }

    /** A campaign without its own layout words or notes. */
    public Campaign(String id, String title, String language, String targetState, String coalition) {
        this(id, title, language, targetState, coalition, Map.of(), "");
    }

    /** A campaign without a target state or coalition. */
    public Campaign(String id, String title, String language) {
        this(id, title, language, "", "");
    }

    /** The campaign's own words for letters in {@code letterLanguage}; empty when it has none. */
    public Map<LetterWord, String> wordsFor(String letterLanguage) {
        return words.getOrDefault(letterLanguage, Map.of());
    }

    public Campaign withTargetState(String state) {
        return new Campaign(id, title, language, state, coalition, words, notes);
    }

    public Campaign withCoalition(String name) {
        return new Campaign(id, title, language, targetState, name, words, notes);
    }

    public Campaign withLanguage(String newLanguage) {
        return new Campaign(id, title, newLanguage, targetState, coalition, words, notes);
    }

    public Campaign withWords(Map<String, Map<LetterWord, String>> newWords) {
        return new Campaign(id, title, language, targetState, coalition, newWords, notes);
    }

    public Campaign withNotes(String newNotes) {
        return new Campaign(id, title, language, targetState, coalition, words, newNotes);
    }

    /** The campaign under another title: its id, which files and commands use, stays. */
    public Campaign withTitle(String newTitle) {
        return new Campaign(id, newTitle, language, targetState, coalition, words, notes);
    }

    /** A new campaign with this one's settings, under its own id and title. */
    public Campaign copiedAs(String newId, String newTitle) {
        return new Campaign(newId, newTitle, language, targetState, coalition, words, notes);
    }
}
