package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.appeal.domain.LetterDraft;

/**
 * The history of a campaign's letter. An explicit save updates the current letter (refused if
 * someone else saved it meanwhile) and records a numbered version with author, time and hash, in
 * one transaction. Autosave only overwrites a recovery copy: it is neither the current letter nor
 * a version, so it never clutters the history or overwrites anyone's saved work.
 */
public final class DraftHistory {
    private final Workspace workspace;

    public DraftHistory(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * Saves the letter as its new current state and as the next version, and drops the author's
     * recovery copy (the saved version supersedes it).
     *
     * @param expectedLetterVersion the letter row version the author started from (see
     *        {@link CampaignRepository#letter(String)}); after this save it is one higher
     * @throws StaleDataException if the letter was saved by someone else in between; nothing is
     *         written then
     */
    public DraftVersion saveVersion(String campaignId, LetterDraft draft, String author, long expectedLetterVersion) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(author, "author");
        return workspace.inTransaction(work -> {
            // Updating the letter first also serialises concurrent saves, so numbers never collide.
            new CampaignRepository(work).saveLetter(campaignId, draft, expectedLetterVersion);
            DraftVersion version = new DraftVersion(nextNumber(work, campaignId), author, work.now(),
                    DraftText.sha256(draft));
            insertVersion(work, campaignId, draft, version);
            deleteRecovery(work, campaignId, author);
            return version;
        });
    }

    /**
     * Records the letter as it stands when it is exported, so every PDF that left the building
     * matches a numbered version. Exporting unchanged text again adds no new version.
     */
    public DraftVersion recordExport(String campaignId, String author) {
        Objects.requireNonNull(author, "author");
        return workspace.inTransaction(work -> {
            LetterDraft draft = new CampaignRepository(work).letter(campaignId).orElseThrow(
                    () -> new java.util.NoSuchElementException("no campaign '" + campaignId + "'")).value();
            String hash = DraftText.sha256(draft);
            Optional<DraftVersion> last = latest(work, campaignId);
            if (last.isPresent() && last.get().sha256().equals(hash)) {
                // The same text, but perhaps a longer list: who this export printed is recorded too.
                new PrintedSignatories(work).record(campaignId, last.get().number(), draft);
                return last.get();
            }
            DraftVersion version = new DraftVersion(nextNumber(work, campaignId), author, work.now(), hash);
            insertVersion(work, campaignId, draft, version);
            return version;
        });
    }

    private static Optional<DraftVersion> latest(UnitOfWork work, String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT number, author, saved_at, sha256 FROM draft_version WHERE campaign_id = ? "
                        + "ORDER BY number DESC LIMIT 1")) {
            statement.setString(1, campaignId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(version(row)) : Optional.empty();
            }
        }
    }

    private static void insertVersion(UnitOfWork work, String campaignId, LetterDraft draft, DraftVersion version)
            throws SQLException {
        try (PreparedStatement insert = work.connection().prepareStatement(
                "INSERT INTO draft_version (" + DraftColumns.NAMES + ", campaign_id, number, author, saved_at, "
                        + "sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            DraftColumns.bind(insert, 1, draft);
            insert.setString(6, campaignId);
            insert.setInt(7, version.number());
            insert.setString(8, version.author());
            Columns.setInstant(insert, 9, version.savedAt());
            insert.setString(10, version.sha256());
            insert.executeUpdate();
        }
        new PrintedSignatories(work).record(campaignId, version.number(), draft);
    }

    private static int nextNumber(UnitOfWork work, String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM draft_version WHERE campaign_id = ?")) {
            statement.setString(1, campaignId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** The saved versions, oldest first. */
    public List<DraftVersion> versions(String campaignId) {
        return workspace.read(work -> {
            try (PreparedStatement statement = work.connection().prepareStatement(
                    "SELECT number, author, saved_at, sha256 FROM draft_version WHERE campaign_id = ? ORDER BY number")) {
                statement.setString(1, campaignId);
                try (ResultSet rows = statement.executeQuery()) {
                    List<DraftVersion> versions = new ArrayList<>();
                    while (rows.next()) {
                        versions.add(version(rows));
                    }
                    return versions;
                }
            }
        });
    }

    /** The letter as it was saved in that version. */
    public LetterDraft draft(String campaignId, int number) {
        return workspace.read(work -> stored(work, campaignId, number).draft());
    }

    /**
     * What changed from one version to another, as a unified line diff of their {@link DraftText}
     * (empty if the two are the same). Either order works: diffing back shows the undo.
     */
    public String diff(String campaignId, int fromNumber, int toNumber) {
        return workspace.read(work -> {
            Stored from = stored(work, campaignId, fromNumber);
            Stored to = stored(work, campaignId, toNumber);
            return LineDiff.unified(label(from.version()), DraftText.lines(from.draft()),
                    label(to.version()), DraftText.lines(to.draft()), LineDiff.DEFAULT_CONTEXT);
        });
    }

    private static String label(DraftVersion version) {
        return "version " + version.number() + " (" + version.author() + ", " + version.savedAt() + ")";
    }

    private record Stored(DraftVersion version, LetterDraft draft) {
    }

    private static Stored stored(UnitOfWork work, String campaignId, int number) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT number, author, saved_at, sha256, " + DraftColumns.NAMES
                        + " FROM draft_version WHERE campaign_id = ? AND number = ?")) {
            statement.setString(1, campaignId);
            statement.setInt(2, number);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new NoSuchElementException("Campaign '" + campaignId + "' has no letter version " + number);
                }
                return new Stored(version(row), DraftColumns.read(row));
            }
        }
    }

    private static DraftVersion version(ResultSet row) throws SQLException {
        return new DraftVersion(row.getInt("number"), row.getString("author"), Columns.instant(row, "saved_at"),
                row.getString("sha256"));
    }

    /** Autosave: replaces the author's recovery copy for this campaign. Not a version. */
    public void saveRecovery(String campaignId, LetterDraft draft, String author) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(author, "author");
        workspace.inTransaction(work -> {
            try (PreparedStatement upsert = work.connection().prepareStatement(
                    "INSERT INTO draft_recovery (" + DraftColumns.NAMES + ", campaign_id, author, saved_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, author) DO UPDATE SET "
                            + "subject = excluded.subject, letter_date = excluded.letter_date, body = excluded.body, "
                            + "template_name = excluded.template_name, "
                            + "signatories_as_of = excluded.signatories_as_of, saved_at = excluded.saved_at")) {
                DraftColumns.bind(upsert, 1, draft);
                upsert.setString(6, campaignId);
                upsert.setString(7, author);
                Columns.setInstant(upsert, 8, work.now());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** The author's recovery copy, if they have unsaved autosaved edits. */
    public Optional<DraftRecovery> recovery(String campaignId, String author) {
        return workspace.read(work -> {
            try (PreparedStatement statement = work.connection().prepareStatement(
                    "SELECT " + DraftColumns.NAMES + ", author, saved_at FROM draft_recovery "
                            + "WHERE campaign_id = ? AND author = ?")) {
                statement.setString(1, campaignId);
                statement.setString(2, author);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new DraftRecovery(DraftColumns.read(row), row.getString("author"),
                                    Columns.instant(row, "saved_at")))
                            : Optional.empty();
                }
            }
        });
    }

    /** Drops the author's recovery copy (the user chose not to restore it). */
    public void discardRecovery(String campaignId, String author) {
        workspace.inTransaction(work -> {
            deleteRecovery(work, campaignId, author);
            return null;
        });
    }

    private static void deleteRecovery(UnitOfWork work, String campaignId, String author) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM draft_recovery WHERE campaign_id = ? AND author = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, author);
            delete.executeUpdate();
        }
    }
}
