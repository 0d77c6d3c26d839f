package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryText;

/**
 * A campaign's sign-on list. A signatory who leaves is saved with a withdrawal date, so that
 * letters sent earlier can still be reproduced; only one no saved or exported version printed
 * (see {@link PrintedSignatories}) may be deleted, e.g. one added by mistake.
 */
public final class SignatoryRepository {
    private static final VersionedRows ROWS = new VersionedRows("signatory", "campaign_id", "id");
    /** Rows a streaming read fetches at a time, and new rows an {@link Appender} sends at a time. */
    private static final int FETCH_SIZE = 1_000;
    private static final String COLUMNS =
            "id, kind, position, name, acronym, title, country, signed_on, withdrawn_on, signature_image, alt_name, "
                    + "alt_acronym, alt_title, version";

    private final UnitOfWork work;

    public SignatoryRepository(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** The whole list, withdrawn signatories included, in the order they were added. */
    public List<Versioned<Signatory>> all(String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM signatory WHERE campaign_id = ? ORDER BY seq, id")) {
            statement.setString(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Versioned<Signatory>> signatories = new ArrayList<>();
                while (rows.next()) {
                    signatories.add(signatory(rows));
                }
                return signatories;
            }
        }
    }

    /** Receives a campaign's signatories one at a time, with the version each was read at. */
    @FunctionalInterface
    public interface Reader {
        void read(Signatory signatory, long version) throws SQLException;
    }

    /**
     * The whole list, withdrawn signatories included, in the order they were added, one at a time:
     * for lists too long to hold (the driver fetches them in pieces).
     */
    public void forEach(String campaignId, Reader reader) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM signatory WHERE campaign_id = ? ORDER BY seq, id")) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setString(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Versioned<Signatory> signatory = signatory(rows);
                    reader.read(signatory.value(), signatory.version());
                }
            }
        }
    }

    public Optional<Versioned<Signatory>> find(String campaignId, String id) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM signatory WHERE campaign_id = ? AND id = ?")) {
            statement.setString(1, campaignId);
            statement.setString(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(signatory(rows)) : Optional.empty();
            }
        }
    }

    private static Versioned<Signatory> signatory(ResultSet row) throws SQLException {
        Signatory signatory = new Signatory(row.getString("id"),
                Columns.enumValue(row, "kind", Signatory.Kind.class), row.getInt("position"),
                row.getString("name"), row.getString("acronym"), row.getString("title"),
                row.getString("country"), Columns.day(row, "signed_on"), Columns.day(row, "withdrawn_on"),
                row.getString("signature_image"), new SignatoryText(row.getString("alt_name"),
                row.getString("alt_acronym"), row.getString("alt_title")));
        return new Versioned<>(signatory, row.getLong("version"));
    }

    /** Inserts (expected version 0, at the end of the list) or updates; returns the new version. */
    public long save(String campaignId, Signatory signatory, long expectedVersion) throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        String what = "Signatory '" + signatory.id() + "'";
        if (expectedVersion == 0) {
            try (PreparedStatement insert = work.connection().prepareStatement(
                    "INSERT INTO signatory (kind, position, name, acronym, title, country, signed_on, "
                            + "withdrawn_on, signature_image, alt_name, alt_acronym, alt_title, updated_by, updated_at, "
                            + "campaign_id, id, seq, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                            + "ON CONFLICT (campaign_id, id) DO NOTHING")) {
                bindFields(insert, signatory);
                insert.setString(15, campaignId);
                insert.setString(16, signatory.id());
                insert.setInt(17, ROWS.nextSeq(work, campaignId));
                return ROWS.inserted(work, insert.executeUpdate(), what, campaignId, signatory.id());
            }
        }
        try (PreparedStatement update = work.connection().prepareStatement(
                "UPDATE signatory SET kind = ?, position = ?, name = ?, acronym = ?, title = ?, country = ?, "
                        + "signed_on = ?, withdrawn_on = ?, signature_image = ?, alt_name = ?, alt_acronym = ?, "
                        + "alt_title = ?, updated_by = ?, updated_at = ?, "
                        + "version = version + 1 WHERE campaign_id = ? AND id = ? AND version = ?")) {
            bindFields(update, signatory);
            update.setString(15, campaignId);
            update.setString(16, signatory.id());
            update.setLong(17, expectedVersion);
            return ROWS.updated(work, update.executeUpdate(), what, expectedVersion, campaignId, signatory.id());
        }
    }

    /**
     * Removes a signatory the user merged into another one. Only merging deletes: withdrawing a
     * signatory keeps the record with its date.
     */
    public void deleteMerged(String campaignId, String id, long expectedVersion) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM signatory WHERE campaign_id = ? AND id = ? AND version = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, id);
            delete.setLong(3, expectedVersion);
            ROWS.updated(work, delete.executeUpdate(), "Signatory '" + id + "'", expectedVersion, campaignId, id);
        }
    }

    /**
     * Deletes a signatory no saved or exported version printed, if it is still at the version the
     * caller saw; what it approved goes with it.
     *
     * @throws IllegalStateException if a version printed it: it must be withdrawn instead
     */
    public void delete(String campaignId, String id, long expectedVersion) throws SQLException {
        List<Integer> printedIn = new PrintedSignatories(work).versionsPrinting(campaignId, id);
        if (!printedIn.isEmpty()) {
            throw new IllegalStateException("Signatory '" + id + "' cannot be deleted: version "
                    + printedIn.get(printedIn.size() - 1) + " of the letter printed it; withdraw it instead");
        }
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM signatory WHERE campaign_id = ? AND id = ? AND version = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, id);
            delete.setLong(3, expectedVersion);
            ROWS.deleted(work, delete.executeUpdate(), "Signatory '" + id + "'", expectedVersion, campaignId, id);
        }
    }

    /**
     * Inserts many new signatories at the end of the list, sent in batches (a bundle's whole list);
     * refused as a whole if any id already exists.
     */
    public void insertAll(String campaignId, List<Signatory> signatories) throws SQLException {
        try (Appender appender = appender(campaignId)) {
            for (Signatory signatory : signatories) {
                appender.add(signatory);
            }
        }
    }

    /**
     * New signatories added at the end of the list, one at a time and sent in batches, so that a
     * sign-on sheet of any length is added without being held whole. A signatory whose id exists
     * already is refused (a {@link StaleDataException}), and with it, by the transaction, all of them.
     * Close it to send the last batch.
     */
    public Appender appender(String campaignId) throws SQLException {
        return new Appender(campaignId);
    }

    public final class Appender implements AutoCloseable {
        private final String campaignId;
        private final PreparedStatement insert;
        private final List<String> batchIds = new ArrayList<>();
        private int seq;

        private Appender(String campaignId) throws SQLException {
            this.campaignId = campaignId;
            this.seq = ROWS.nextSeq(work, campaignId);
            this.insert = work.connection().prepareStatement(
                    "INSERT INTO signatory (kind, position, name, acronym, title, country, signed_on, "
                            + "withdrawn_on, signature_image, alt_name, alt_acronym, alt_title, updated_by, updated_at, "
                            + "campaign_id, id, seq, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                            + "ON CONFLICT (campaign_id, id) DO NOTHING");
        }

        public void add(Signatory signatory) throws SQLException {
            bindFields(insert, signatory);
            insert.setString(15, campaignId);
            insert.setString(16, signatory.id());
            insert.setInt(17, seq++);
            insert.addBatch();
            batchIds.add(signatory.id());
            if (batchIds.size() == FETCH_SIZE) {
                send();
            }
        }

        private void send() throws SQLException {
            int[] counts = insert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    ROWS.inserted(work, 0, "Signatory '" + batchIds.get(i) + "'", campaignId, batchIds.get(i));
                }
            }
            batchIds.clear();
        }

        @Override
        public void close() throws SQLException {
            try {
                if (!batchIds.isEmpty()) {
                    send();
                }
            } finally {
                insert.close();
            }
        }
    }

    /** Binds parameters 1-14: the signatory's own fields (no image = NULL), its second-script fields, then the stamp. */
    private void bindFields(PreparedStatement statement, Signatory signatory) throws SQLException {
        Columns.setEnum(statement, 1, signatory.kind());
        statement.setInt(2, signatory.position());
        statement.setString(3, signatory.name());
        statement.setString(4, signatory.acronym());
        statement.setString(5, signatory.title());
        statement.setString(6, signatory.country());
        Columns.setDay(statement, 7, signatory.signedOn());
        Columns.setDay(statement, 8, signatory.withdrawnOn());
        statement.setString(9, signatory.hasSignatureImage() ? signatory.signatureImage() : null);
        statement.setString(10, signatory.alt().name());
        statement.setString(11, signatory.alt().acronym());
        statement.setString(12, signatory.alt().title());
        statement.setString(13, work.user());
        Columns.setInstant(statement, 14, work.now());
    }
}
