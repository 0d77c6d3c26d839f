package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.NamedLetter;

/**
 * Campaigns and their current letter draft. The letter has its own row version, so renaming a
 * campaign and editing its letter at the same time are not a conflict.
 *
 * <p>Saving with expected version 0 inserts; otherwise the save applies only if the row still has
 * the expected version, and returns the new version.
 */
public final class CampaignRepository {
    private static final VersionedRows CAMPAIGNS = new VersionedRows("campaign", "id");
    private static final VersionedRows LETTERS = new VersionedRows("letter_draft", "campaign_id");

    private final UnitOfWork work;

    public CampaignRepository(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public List<Versioned<Campaign>> all() throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT id, title, language, target_state, coalition, notes, version FROM campaign ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            List<Versioned<Campaign>> campaigns = new ArrayList<>();
            while (rows.next()) {
                campaigns.add(campaign(rows));
            }
            List<Versioned<Campaign>> withWords = new ArrayList<>();
            for (Versioned<Campaign> c : campaigns) {
                withWords.add(withWords(c));
            }
            return withWords;
        }
    }

    public Optional<Versioned<Campaign>> find(String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT id, title, language, target_state, coalition, notes, version FROM campaign WHERE id = ?")) {
            statement.setString(1, campaignId);
            Optional<Versioned<Campaign>> found;
            try (ResultSet rows = statement.executeQuery()) {
                found = rows.next() ? Optional.of(campaign(rows)) : Optional.empty();
            }
            return found.isPresent() ? Optional.of(withWords(found.get())) : found;
        }
    }

    private static Versioned<Campaign> campaign(ResultSet row) throws SQLException {
        return new Versioned<>(new Campaign(row.getString("id"), row.getString("title"),
                row.getString("language"), row.getString("target_state"), row.getString("coalition"),
                java.util.Map.of(), row.getString("notes")), row.getLong("version"));
    }

    private Versioned<Campaign> withWords(Versioned<Campaign> campaign) throws SQLException {
        return new Versioned<>(campaign.value().withWords(new LayoutWordRows(work).campaignWords(campaign.value().id())),
                campaign.version());
    }

    /** Inserts (expected version 0) or updates the campaign; returns its new version. */
    public long save(Campaign campaign, long expectedVersion) throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        String what = "Campaign '" + campaign.id() + "'";
        if (expectedVersion == 0) {
            try (PreparedStatement insert = work.connection().prepareStatement(
                    "INSERT INTO campaign (id, title, language, target_state, coalition, notes, version, updated_by, "
                            + "updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                insert.setString(1, campaign.id());
                insert.setString(2, campaign.title());
                insert.setString(3, campaign.language());
                insert.setString(4, campaign.targetState());
                setCoalition(insert, 5, campaign);
                insert.setString(6, campaign.notes());
                insert.setString(7, work.user());
                Columns.setInstant(insert, 8, work.now());
                long version = CAMPAIGNS.inserted(work, insert.executeUpdate(), what, campaign.id());
                new LayoutWordRows(work).saveCampaignWords(campaign.id(), campaign.words());
                return version;
            }
        }
        try (PreparedStatement update = work.connection().prepareStatement(
                "UPDATE campaign SET title = ?, language = ?, target_state = ?, coalition = ?, notes = ?, "
                        + "version = version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND version = ?")) {
            update.setString(1, campaign.title());
            update.setString(2, campaign.language());
            update.setString(3, campaign.targetState());
            setCoalition(update, 4, campaign);
            update.setString(5, campaign.notes());
            update.setString(6, work.user());
            Columns.setInstant(update, 7, work.now());
            update.setString(8, campaign.id());
            update.setLong(9, expectedVersion);
            long version = CAMPAIGNS.updated(work, update.executeUpdate(), what, expectedVersion, campaign.id());
            new LayoutWordRows(work).saveCampaignWords(campaign.id(), campaign.words());
            return version;
        }
    }

    /** NULL when the campaign names no coalition, as in rows from before the column existed. */
    private static void setCoalition(PreparedStatement statement, int index, Campaign campaign) throws SQLException {
        statement.setString(index, campaign.coalition().isEmpty() ? null : campaign.coalition());
    }

    /**
     * Removes the campaign and everything in it (recipients, signatories, history...). Used when
     * the user explicitly replaces a campaign; returns whether there was one.
     */
    public boolean delete(String campaignId) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement("DELETE FROM campaign WHERE id = ?")) {
            delete.setString(1, campaignId);
            return delete.executeUpdate() > 0;
        }
    }

    /**
     * Removes the campaign and everything in it, only if nobody changed it since it was read at
     * {@code expectedVersion}: a deletion the user confirmed for what they saw, not for what
     * someone else saved meanwhile.
     *
     * @throws StaleDataException if the campaign changed (or went) meanwhile; nothing is deleted then
     */
    public void delete(String campaignId, long expectedVersion) throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM campaign WHERE id = ? AND version = ?")) {
            delete.setString(1, campaignId);
            delete.setLong(2, expectedVersion);
            CAMPAIGNS.deleted(work, delete.executeUpdate(), "Campaign '" + campaignId + "'", expectedVersion, campaignId);
        }
    }

    /** The ids of the archived campaigns: kept whole, hidden from the list until asked for. */
    public java.util.Set<String> archivedIds() throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT id FROM campaign WHERE archived_at IS NOT NULL");
             ResultSet rows = statement.executeQuery()) {
            java.util.Set<String> ids = new java.util.TreeSet<>();
            while (rows.next()) {
                ids.add(rows.getString("id"));
            }
            return ids;
        }
    }

    /**
     * Archives the campaign (hidden, kept) or restores it; a change of the campaign's row like any
     * other, so it is refused when someone else changed the campaign since {@code expectedVersion}.
     *
     * @return the campaign's new version
     */
    public long archive(String campaignId, boolean archived, long expectedVersion) throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        try (PreparedStatement update = work.connection().prepareStatement(
                "UPDATE campaign SET archived_at = ?, version = version + 1, updated_by = ?, updated_at = ? "
                        + "WHERE id = ? AND version = ?")) {
            if (archived) {
                Columns.setInstant(update, 1, work.now());
            } else {
                update.setString(1, null);
            }
            update.setString(2, work.user());
            Columns.setInstant(update, 3, work.now());
            update.setString(4, campaignId);
            update.setLong(5, expectedVersion);
            return CAMPAIGNS.updated(work, update.executeUpdate(), "Campaign '" + campaignId + "'", expectedVersion,
                    campaignId);
        }
    }

    public Optional<Versioned<LetterDraft>> letter(String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT subject, letter_date, body, template_name, signatories_as_of, version, language, "
                        + CitationColumns.NAMES + ", " + AddressingColumn.NAME
                        + " FROM letter_draft WHERE campaign_id = ?")) {
            statement.setString(1, campaignId);
            LetterDraft letter;
            long version;
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                letter = DraftColumns.read(row).withCitations(CitationColumns.read(row))
                        .withAddressing(AddressingColumn.read(row)).withLanguage(row.getString("language"));
                version = row.getLong("version");
            }
            return Optional.of(new Versioned<>(letter.withWords(new LayoutWordRows(work)
                    .letterWords(campaignId, CampaignData.MAIN_LETTER)), version));
        }
    }

    /** Inserts (expected version 0) or updates the campaign's letter; returns its new version. */
    public long saveLetter(String campaignId, LetterDraft letter, long expectedVersion) throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        String what = "The letter of campaign '" + campaignId + "'";
        if (expectedVersion == 0) {
            try (PreparedStatement insert = work.connection().prepareStatement(
                    "INSERT INTO letter_draft (subject, letter_date, body, template_name, signatories_as_of, "
                            + "campaign_id, version, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) "
                            + "ON CONFLICT (campaign_id) DO NOTHING")) {
                DraftColumns.bind(insert, 1, letter);
                insert.setString(6, campaignId);
                insert.setString(7, work.user());
                Columns.setInstant(insert, 8, work.now());
                long version = LETTERS.inserted(work, insert.executeUpdate(), what, campaignId);
                saveCitations(campaignId, letter);
                return version;
            }
        }
        try (PreparedStatement update = work.connection().prepareStatement(
                "UPDATE letter_draft SET subject = ?, letter_date = ?, body = ?, template_name = ?, "
                        + "signatories_as_of = ?, version = version + 1, updated_by = ?, updated_at = ? "
                        + "WHERE campaign_id = ? AND version = ?")) {
            DraftColumns.bind(update, 1, letter);
            update.setString(6, work.user());
            Columns.setInstant(update, 7, work.now());
            update.setString(8, campaignId);
            update.setLong(9, expectedVersion);
            long version = LETTERS.updated(work, update.executeUpdate(), what, expectedVersion, campaignId);
            saveCitations(campaignId, letter);
            return version;
        }
    }

    /**
     * Part of the letter's row (how it cites, whom it addresses, its language, its own layout words), written in the
     * same transaction right after it: the draft's versions and recovery copies keep only its text.
     */
    private void saveCitations(String campaignId, LetterDraft letter) throws SQLException {
        try (PreparedStatement update = work.connection().prepareStatement(
                "UPDATE letter_draft SET citations = ?, citation_style = ?, bibliography = ?, addressing = ?, "
                        + "language = ? WHERE campaign_id = ?")) {
            CitationColumns.bind(update, 1, letter.citations());
            update.setString(4, letter.addressing().key());
            update.setString(5, letter.language());
            update.setString(6, campaignId);
            update.executeUpdate();
        }
        new LayoutWordRows(work).saveLetterWords(campaignId, CampaignData.MAIN_LETTER, letter.words());
    }

    /** The campaign's further letters, in the order they were saved. */
    public java.util.List<NamedLetter> furtherLetters(String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT name, language, translation_of, " + DraftColumns.NAMES + ", " + CitationColumns.NAMES
                        + ", " + AddressingColumn.NAME
                        + " FROM further_letter WHERE campaign_id = ? ORDER BY seq")) {
            statement.setString(1, campaignId);
            java.util.List<NamedLetter> letters = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    letters.add(new NamedLetter(rows.getString("name"), DraftColumns.read(rows)
                            .withCitations(CitationColumns.read(rows)).withAddressing(AddressingColumn.read(rows))
                            .withLanguage(rows.getString("language")), rows.getString("translation_of")));
                }
            }
            LayoutWordRows words = new LayoutWordRows(work);
            java.util.List<NamedLetter> withWords = new java.util.ArrayList<>();
            for (NamedLetter letter : letters) {
                withWords.add(new NamedLetter(letter.name(), letter.letter().withWords(
                        words.letterWords(campaignId, letter.name())), letter.translationOf()));
            }
            return withWords;
        }
    }

    /** Replaces the campaign's further letters with these. */
    public void saveFurtherLetters(String campaignId, java.util.List<NamedLetter> letters) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM further_letter WHERE campaign_id = ?")) {
            delete.setString(1, campaignId);
            delete.executeUpdate();
        }
        LayoutWordRows words = new LayoutWordRows(work);
        words.deleteAllBut(campaignId, "", CampaignData.MAIN_LETTER);
        try (PreparedStatement insert = work.connection().prepareStatement(
                "INSERT INTO further_letter (" + DraftColumns.NAMES + ", " + CitationColumns.NAMES
                        + ", campaign_id, name, seq, language, translation_of, " + AddressingColumn.NAME + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (NamedLetter letter : letters) {
                DraftColumns.bind(insert, 1, letter.letter());
                CitationColumns.bind(insert, 6, letter.letter().citations());
                insert.setString(9, campaignId);
                insert.setString(10, letter.name());
                insert.setInt(11, ++seq);
                insert.setString(12, letter.letter().language());
                insert.setString(13, letter.translationOf());
                insert.setString(14, letter.letter().addressing().key());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        for (NamedLetter letter : letters) {
            words.saveLetterWords(campaignId, letter.name(), letter.letter().words());
        }
    }
}
