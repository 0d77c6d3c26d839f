package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.appeal.domain.Evidence;
import org.appeal.domain.Pinpoint;
import org.appeal.domain.Source;

/**
 * A campaign's evidence library: sources with their numbered paragraphs, and the evidence (quotes)
 * taken from them. Paragraphs belong to the source's row and are rewritten when it is saved.
 * A source that evidence still quotes cannot be deleted (the database refuses).
 */
public final class SourceRepository {
    private static final VersionedRows SOURCES = new VersionedRows("source", "campaign_id", "id");
    private static final VersionedRows EVIDENCE = new VersionedRows("evidence", "campaign_id", "citation_key");
    private static final String SOURCE_COLUMNS = "id, title, issuing_body, symbol, issued_on, url, version";
    private static final String EVIDENCE_COLUMNS =
            "citation_key, source_id, quote, pinpoint_unit, pinpoint_value, version";

    private final UnitOfWork work;

    public SourceRepository(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** All sources of the campaign, in the order they were added. */
    public List<Versioned<Source>> all(String campaignId) throws SQLException {
        Map<String, List<String>> paragraphs = paragraphs(campaignId, null);
        Map<String, List<String>> unnumbered = unnumbered(campaignId, null);
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + SOURCE_COLUMNS + " FROM source WHERE campaign_id = ? ORDER BY seq, id")) {
            statement.setString(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Versioned<Source>> sources = new ArrayList<>();
                while (rows.next()) {
                    sources.add(source(rows, paragraphs, unnumbered));
                }
                return sources;
            }
        }
    }

    public Optional<Versioned<Source>> find(String campaignId, String id) throws SQLException {
        Map<String, List<String>> paragraphs = paragraphs(campaignId, id);
        Map<String, List<String>> unnumbered = unnumbered(campaignId, id);
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + SOURCE_COLUMNS + " FROM source WHERE campaign_id = ? AND id = ?")) {
            statement.setString(1, campaignId);
            statement.setString(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(source(rows, paragraphs, unnumbered)) : Optional.empty();
            }
        }
    }

    /** Paragraphs by source id, of one source or (id {@code null}) the whole campaign. */
    private Map<String, List<String>> paragraphs(String campaignId, String sourceId) throws SQLException {
        return texts("SELECT source_id, text FROM source_paragraph WHERE campaign_id = ?"
                + (sourceId == null ? "" : " AND source_id = ?") + " ORDER BY source_id, paragraph_no", campaignId, sourceId);
    }

    /** Text outside the numbered paragraphs, by source id. */
    private Map<String, List<String>> unnumbered(String campaignId, String sourceId) throws SQLException {
        return texts("SELECT source_id, text FROM source_unnumbered WHERE campaign_id = ?"
                + (sourceId == null ? "" : " AND source_id = ?") + " ORDER BY source_id, seq", campaignId, sourceId);
    }

    private Map<String, List<String>> texts(String sql, String campaignId, String sourceId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(sql)) {
            statement.setString(1, campaignId);
            if (sourceId != null) {
                statement.setString(2, sourceId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                Map<String, List<String>> paragraphs = new HashMap<>();
                while (rows.next()) {
                    paragraphs.computeIfAbsent(rows.getString("source_id"), k -> new ArrayList<>())
                            .add(rows.getString("text"));
                }
                return paragraphs;
            }
        }
    }

    private static Versioned<Source> source(ResultSet row, Map<String, List<String>> paragraphs,
                                            Map<String, List<String>> unnumbered) throws SQLException {
        String id = row.getString("id");
        Source source = new Source(id, row.getString("title"), row.getString("issuing_body"),
                row.getString("symbol"), Columns.day(row, "issued_on"), row.getString("url"),
                paragraphs.getOrDefault(id, List.of()), unnumbered.getOrDefault(id, List.of()));
        return new Versioned<>(source, row.getLong("version"));
    }

    /** Inserts (expected version 0, at the end of the list) or updates; returns the new version. */
    public long save(String campaignId, Source source, long expectedVersion) throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        String what = "Source '" + source.id() + "'";
        long version;
        if (expectedVersion == 0) {
            try (PreparedStatement insert = work.connection().prepareStatement(
                    "INSERT INTO source (title, issuing_body, symbol, issued_on, url, updated_by, updated_at, "
                            + "campaign_id, id, seq, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                            + "ON CONFLICT (campaign_id, id) DO NOTHING")) {
                bindSource(insert, source);
                insert.setString(8, campaignId);
                insert.setString(9, source.id());
                insert.setInt(10, SOURCES.nextSeq(work, campaignId));
                version = SOURCES.inserted(work, insert.executeUpdate(), what, campaignId, source.id());
            }
        } else {
            try (PreparedStatement update = work.connection().prepareStatement(
                    "UPDATE source SET title = ?, issuing_body = ?, symbol = ?, issued_on = ?, url = ?, "
                            + "updated_by = ?, updated_at = ?, version = version + 1 "
                            + "WHERE campaign_id = ? AND id = ? AND version = ?")) {
                bindSource(update, source);
                update.setString(8, campaignId);
                update.setString(9, source.id());
                update.setLong(10, expectedVersion);
                version = SOURCES.updated(work, update.executeUpdate(), what, expectedVersion, campaignId,
                        source.id());
            }
        }
        replaceParagraphs(campaignId, source);
        return version;
    }

    /** Binds parameters 1-7: the source's own fields, then the stamp. */
    private void bindSource(PreparedStatement statement, Source source) throws SQLException {
        statement.setString(1, source.title());
        statement.setString(2, source.issuingBody());
        statement.setString(3, source.symbol());
        Columns.setDay(statement, 4, source.date());
        statement.setString(5, source.url());
        statement.setString(6, work.user());
        Columns.setInstant(statement, 7, work.now());
    }

    private void replaceParagraphs(String campaignId, Source source) throws SQLException {
        replaceTexts("source_paragraph", "paragraph_no", campaignId, source.id(), source.paragraphs());
        replaceTexts("source_unnumbered", "seq", campaignId, source.id(), source.unnumbered());
    }

    private void replaceTexts(String table, String numberColumn, String campaignId, String sourceId, List<String> texts)
            throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM " + table + " WHERE campaign_id = ? AND source_id = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, sourceId);
            delete.executeUpdate();
        }
        if (texts.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = work.connection().prepareStatement(
                "INSERT INTO " + table + " (campaign_id, source_id, " + numberColumn + ", text) VALUES (?, ?, ?, ?)")) {
            int number = 1;
            for (String paragraph : texts) {
                insert.setString(1, campaignId);
                insert.setString(2, sourceId);
                insert.setInt(3, number++);
                insert.setString(4, paragraph);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Removes a source no evidence quotes any more, if it is still at the version the caller saw.
     *
     * @throws IllegalStateException if evidence still quotes it (the foreign key would refuse too,
     *         but with a message no user should have to read)
     */
    public void delete(String campaignId, String id, long expectedVersion) throws SQLException {
        List<String> quotedBy = citationKeysQuoting(campaignId, id);
        if (!quotedBy.isEmpty()) {
            throw new IllegalStateException("Source '" + id + "' is still quoted by evidence '"
                    + String.join("', '", quotedBy) + "'; delete that evidence or point it at another source first");
        }
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM source WHERE campaign_id = ? AND id = ? AND version = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, id);
            delete.setLong(3, expectedVersion);
            SOURCES.deleted(work, delete.executeUpdate(), "Source '" + id + "'", expectedVersion, campaignId, id);
        }
    }

    private List<String> citationKeysQuoting(String campaignId, String sourceId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT citation_key FROM evidence WHERE campaign_id = ? AND source_id = ? ORDER BY seq, citation_key")) {
            statement.setString(1, campaignId);
            statement.setString(2, sourceId);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> keys = new ArrayList<>();
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
                return keys;
            }
        }
    }

    /** All evidence of the campaign, in the order it was added. */
    public List<Versioned<Evidence>> allEvidence(String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + EVIDENCE_COLUMNS + " FROM evidence WHERE campaign_id = ? ORDER BY seq, citation_key")) {
            statement.setString(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Versioned<Evidence>> evidence = new ArrayList<>();
                while (rows.next()) {
                    evidence.add(evidence(rows));
                }
                return evidence;
            }
        }
    }

    public Optional<Versioned<Evidence>> findEvidence(String campaignId, String citationKey) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + EVIDENCE_COLUMNS + " FROM evidence WHERE campaign_id = ? AND citation_key = ?")) {
            statement.setString(1, campaignId);
            statement.setString(2, citationKey);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(evidence(rows)) : Optional.empty();
            }
        }
    }

    private static Versioned<Evidence> evidence(ResultSet row) throws SQLException {
        Pinpoint.Unit unit = Columns.enumValue(row, "pinpoint_unit", Pinpoint.Unit.class);
        Pinpoint pinpoint = unit == null ? null : new Pinpoint(unit, row.getString("pinpoint_value"));
        Evidence evidence = new Evidence(row.getString("citation_key"), row.getString("source_id"),
                row.getString("quote"), pinpoint);
        return new Versioned<>(evidence, row.getLong("version"));
    }

    /** Inserts (expected version 0, at the end of the list) or updates; returns the new version. */
    public long saveEvidence(String campaignId, Evidence evidence, long expectedVersion) throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        String what = "Evidence '" + evidence.citationKey() + "'";
        if (expectedVersion == 0) {
            try (PreparedStatement insert = work.connection().prepareStatement(
                    "INSERT INTO evidence (source_id, quote, pinpoint_unit, pinpoint_value, updated_by, updated_at, "
                            + "campaign_id, citation_key, seq, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                            + "ON CONFLICT (campaign_id, citation_key) DO NOTHING")) {
                bindEvidence(insert, evidence);
                insert.setString(7, campaignId);
                insert.setString(8, evidence.citationKey());
                insert.setInt(9, EVIDENCE.nextSeq(work, campaignId));
                return EVIDENCE.inserted(work, insert.executeUpdate(), what, campaignId, evidence.citationKey());
            }
        }
        try (PreparedStatement update = work.connection().prepareStatement(
                "UPDATE evidence SET source_id = ?, quote = ?, pinpoint_unit = ?, pinpoint_value = ?, "
                        + "updated_by = ?, updated_at = ?, version = version + 1 "
                        + "WHERE campaign_id = ? AND citation_key = ? AND version = ?")) {
            bindEvidence(update, evidence);
            update.setString(7, campaignId);
            update.setString(8, evidence.citationKey());
            update.setLong(9, expectedVersion);
            return EVIDENCE.updated(work, update.executeUpdate(), what, expectedVersion, campaignId,
                    evidence.citationKey());
        }
    }

    /** Binds parameters 1-6: the evidence's own fields (a missing pinpoint as two NULLs), then the stamp. */
    private void bindEvidence(PreparedStatement statement, Evidence evidence) throws SQLException {
        statement.setString(1, evidence.sourceId());
        statement.setString(2, evidence.quote());
        Pinpoint pinpoint = evidence.pinpoint();
        Columns.setEnum(statement, 3, pinpoint == null ? null : pinpoint.unit());
        if (pinpoint == null) {
            statement.setNull(4, Types.VARCHAR);
        } else {
            statement.setString(4, pinpoint.value());
        }
        statement.setString(5, work.user());
        Columns.setInstant(statement, 6, work.now());
    }

    public void deleteEvidence(String campaignId, String citationKey, long expectedVersion) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM evidence WHERE campaign_id = ? AND citation_key = ? AND version = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, citationKey);
            delete.setLong(3, expectedVersion);
            EVIDENCE.deleted(work, delete.executeUpdate(), "Evidence '" + citationKey + "'", expectedVersion,
                    campaignId, citationKey);
        }
    }
}
