package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.appeal.domain.Delivery;

/**
 * A campaign's delivery records (see {@link Delivery}). Rows are added and their status may change
 * later; none is deleted here: the record of a sending stays, a failed attempt included.
 */
public final class DeliveryRepository {
    private static final VersionedRows ROWS = new VersionedRows("delivery", "campaign_id", "id");
    private static final String COLUMNS = "id, recipient_id, letter_name, letter_version, channel, status, sent_at, "
            + "sent_by, address, reference, note, pdf_sha256, version";

    private final UnitOfWork work;

    public DeliveryRepository(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** All deliveries of the campaign, in the order they were recorded. */
    public List<Versioned<Delivery>> all(String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM delivery WHERE campaign_id = ? ORDER BY seq, id")) {
            statement.setString(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Versioned<Delivery>> deliveries = new ArrayList<>();
                while (rows.next()) {
                    deliveries.add(delivery(rows));
                }
                return deliveries;
            }
        }
    }

    public Optional<Versioned<Delivery>> find(String campaignId, String id) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM delivery WHERE campaign_id = ? AND id = ?")) {
            statement.setString(1, campaignId);
            statement.setString(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(delivery(rows)) : Optional.empty();
            }
        }
    }

    /** How many deliveries name this recipient. */
    public int countFor(String campaignId, String recipientId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT COUNT(*) FROM delivery WHERE campaign_id = ? AND recipient_id = ?")) {
            statement.setString(1, campaignId);
            statement.setString(2, recipientId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static Versioned<Delivery> delivery(ResultSet row) throws SQLException {
        Delivery delivery = new Delivery(row.getString("id"), row.getString("recipient_id"),
                row.getString("letter_name"), Columns.nullableInt(row, "letter_version"),
                Columns.enumValue(row, "channel", Delivery.Channel.class),
                Columns.enumValue(row, "status", Delivery.Status.class), Columns.instant(row, "sent_at"),
                row.getString("sent_by"), row.getString("address"), row.getString("reference"),
                row.getString("note"), row.getString("pdf_sha256"));
        return new Versioned<>(delivery, row.getLong("version"));
    }

    /**
     * Inserts (expected version 0, at the end of the list) or updates; returns the new version. The
     * recipient must be one of the campaign's (the database refuses others).
     */
    public long save(String campaignId, Delivery delivery, long expectedVersion) throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        String what = "Delivery '" + delivery.id() + "'";
        if (expectedVersion == 0) {
            try (PreparedStatement insert = work.connection().prepareStatement(
                    "INSERT INTO delivery (recipient_id, letter_name, letter_version, channel, status, sent_at, "
                            + "sent_by, address, reference, note, pdf_sha256, updated_by, updated_at, campaign_id, id, "
                            + "seq, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                            + "ON CONFLICT (campaign_id, id) DO NOTHING")) {
                bindFields(insert, delivery);
                insert.setString(14, campaignId);
                insert.setString(15, delivery.id());
                insert.setInt(16, ROWS.nextSeq(work, campaignId));
                return ROWS.inserted(work, insert.executeUpdate(), what, campaignId, delivery.id());
            }
        }
        try (PreparedStatement update = work.connection().prepareStatement(
                "UPDATE delivery SET recipient_id = ?, letter_name = ?, letter_version = ?, channel = ?, status = ?, "
                        + "sent_at = ?, sent_by = ?, address = ?, reference = ?, note = ?, pdf_sha256 = ?, "
                        + "updated_by = ?, updated_at = ?, version = version + 1 "
                        + "WHERE campaign_id = ? AND id = ? AND version = ?")) {
            bindFields(update, delivery);
            update.setString(14, campaignId);
            update.setString(15, delivery.id());
            update.setLong(16, expectedVersion);
            return ROWS.updated(work, update.executeUpdate(), what, expectedVersion, campaignId, delivery.id());
        }
    }

    /** Binds parameters 1-13: the delivery's own fields, then the stamp. */
    private void bindFields(PreparedStatement statement, Delivery d) throws SQLException {
        statement.setString(1, d.recipientId());
        statement.setString(2, d.letter());
        Columns.setNullableInt(statement, 3, d.letterVersion());
        Columns.setEnum(statement, 4, d.channel());
        Columns.setEnum(statement, 5, d.status());
        if (d.at() == null) {
            statement.setNull(6, Types.VARCHAR);
        } else {
            Columns.setInstant(statement, 6, d.at());
        }
        statement.setString(7, d.by());
        statement.setString(8, d.address());
        statement.setString(9, d.reference());
        statement.setString(10, d.note());
        statement.setString(11, d.pdfSha256());
        statement.setString(12, work.user());
        Columns.setInstant(statement, 13, work.now());
    }
}
