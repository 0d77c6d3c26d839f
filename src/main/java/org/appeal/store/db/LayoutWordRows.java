package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.appeal.domain.LetterWord;

/**
 * The layout words a campaign sets per language and a letter sets for itself (table {@code
 * layout_word}). They belong to the campaign's or the letter's row and are rewritten with it, in
 * the same transaction.
 */
final class LayoutWordRows {
    /** The letter name of a campaign's own words. */
    private static final String CAMPAIGN = "";
    /** The language of a letter's own words: the letter has one language. */
    private static final String LETTERS_OWN = "";

    private final UnitOfWork work;

    LayoutWordRows(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    Map<String, Map<LetterWord, String>> campaignWords(String campaignId) throws SQLException {
        Map<String, Map<LetterWord, String>> words = new LinkedHashMap<>();
        try (PreparedStatement select = work.connection().prepareStatement(
                "SELECT language, word, text FROM layout_word WHERE campaign_id = ? AND letter_name = ? "
                        + "ORDER BY language, word")) {
            select.setString(1, campaignId);
            select.setString(2, CAMPAIGN);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    words.computeIfAbsent(rows.getString("language"), k -> new EnumMap<>(LetterWord.class))
                            .put(word(rows), rows.getString("text"));
                }
            }
        }
        return words;
    }

    Map<LetterWord, String> letterWords(String campaignId, String letterName) throws SQLException {
        Map<LetterWord, String> words = new EnumMap<>(LetterWord.class);
        try (PreparedStatement select = work.connection().prepareStatement(
                "SELECT word, text FROM layout_word WHERE campaign_id = ? AND letter_name = ? AND language = ?")) {
            select.setString(1, campaignId);
            select.setString(2, letterName);
            select.setString(3, LETTERS_OWN);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    words.put(word(rows), rows.getString("text"));
                }
            }
        }
        return words;
    }

    void saveCampaignWords(String campaignId, Map<String, Map<LetterWord, String>> words) throws SQLException {
        delete(campaignId, CAMPAIGN);
        for (Map.Entry<String, Map<LetterWord, String>> language : words.entrySet()) {
            insert(campaignId, CAMPAIGN, language.getKey(), language.getValue());
        }
    }

    void saveLetterWords(String campaignId, String letterName, Map<LetterWord, String> words) throws SQLException {
        delete(campaignId, letterName);
        insert(campaignId, letterName, LETTERS_OWN, words);
    }

    /** Removes the words of every further letter: they are rewritten with the further letters. */
    void deleteAllBut(String campaignId, String... keptLetterNames) throws SQLException {
        String kept = String.join(", ", java.util.Collections.nCopies(keptLetterNames.length, "?"));
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM layout_word WHERE campaign_id = ? AND letter_name NOT IN (" + kept + ")")) {
            delete.setString(1, campaignId);
            for (int i = 0; i < keptLetterNames.length; i++) {
                delete.setString(i + 2, keptLetterNames[i]);
            }
            delete.executeUpdate();
        }
    }

    private void delete(String campaignId, String letterName) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM layout_word WHERE campaign_id = ? AND letter_name = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, letterName);
            delete.executeUpdate();
        }
    }

    private void insert(String campaignId, String letterName, String language, Map<LetterWord, String> words)
            throws SQLException {
        if (words.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = work.connection().prepareStatement(
                "INSERT INTO layout_word (campaign_id, letter_name, language, word, text) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<LetterWord, String> word : words.entrySet()) {
                insert.setString(1, campaignId);
                insert.setString(2, letterName);
                insert.setString(3, language);
                insert.setString(4, word.getKey().key());
                insert.setString(5, word.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A word whose key this version does not know (written by a later one) is refused, never dropped. */
    private static LetterWord word(ResultSet row) throws SQLException {
        String key = row.getString("word");
        return LetterWord.byKey(key).orElseThrow(() -> new StoreException("The workspace has a layout word '" + key
                + "' that this version of Appeal does not know (it knows " + LetterWord.keys() + ")", null));
    }
}
