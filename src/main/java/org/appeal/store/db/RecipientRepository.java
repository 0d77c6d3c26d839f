package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.appeal.domain.Recipient;
import org.appeal.domain.RecipientText;

/**
 * A campaign's recipients, each with its address lines in order. The address lines belong to the
 * recipient's row: saving a recipient rewrites them under the recipient's version check.
 */
public final class RecipientRepository {
    private static final VersionedRows ROWS = new VersionedRows("recipient", "campaign_id", "id");
    private static final String COLUMNS =
            "id, role, position, form_of_address, name, title, office, fax, email, alt_form_of_address, alt_name, "
                    + "alt_title, alt_office, alt_address, version";

    private final UnitOfWork work;

    public RecipientRepository(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** All recipients of the campaign, in the order they were added. */
    public List<Versioned<Recipient>> all(String campaignId) throws SQLException {
        Map<String, List<String>> lines = addressLines(campaignId, null);
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM recipient WHERE campaign_id = ? ORDER BY seq, id")) {
            statement.setString(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Versioned<Recipient>> recipients = new ArrayList<>();
                while (rows.next()) {
                    recipients.add(recipient(rows, lines));
                }
                return recipients;
            }
        }
    }

    public Optional<Versioned<Recipient>> find(String campaignId, String id) throws SQLException {
        Map<String, List<String>> lines = addressLines(campaignId, id);
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM recipient WHERE campaign_id = ? AND id = ?")) {
            statement.setString(1, campaignId);
            statement.setString(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(recipient(rows, lines)) : Optional.empty();
            }
        }
    }

    /** Address lines by recipient id, of one recipient or (id {@code null}) the whole campaign. */
    private Map<String, List<String>> addressLines(String campaignId, String recipientId) throws SQLException {
        String sql = "SELECT recipient_id, line FROM recipient_address_line WHERE campaign_id = ?"
                + (recipientId == null ? "" : " AND recipient_id = ?") + " ORDER BY recipient_id, line_no";
        try (PreparedStatement statement = work.connection().prepareStatement(sql)) {
            statement.setString(1, campaignId);
            if (recipientId != null) {
                statement.setString(2, recipientId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                Map<String, List<String>> lines = new HashMap<>();
                while (rows.next()) {
                    lines.computeIfAbsent(rows.getString("recipient_id"), k -> new ArrayList<>())
                            .add(rows.getString("line"));
                }
                return lines;
            }
        }
    }

    private static Versioned<Recipient> recipient(ResultSet row, Map<String, List<String>> lines)
            throws SQLException {
        String id = row.getString("id");
        Recipient recipient = new Recipient(id, Columns.enumValue(row, "role", Recipient.Role.class),
                row.getInt("position"), row.getString("form_of_address"), row.getString("name"),
                row.getString("title"), row.getString("office"), lines.getOrDefault(id, List.of()),
                row.getString("fax"), row.getString("email"), new RecipientText(row.getString("alt_form_of_address"),
                row.getString("alt_name"), row.getString("alt_title"), row.getString("alt_office"),
                altAddress(row.getString("alt_address"))));
        return new Versioned<>(recipient, row.getLong("version"));
    }

    /** Inserts (expected version 0, at the end of the list) or updates; returns the new version. */
    public long save(String campaignId, Recipient recipient, long expectedVersion) throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        String what = "Recipient '" + recipient.id() + "'";
        long version;
        if (expectedVersion == 0) {
            try (PreparedStatement insert = work.connection().prepareStatement(
                    "INSERT INTO recipient (role, position, form_of_address, name, title, office, fax, email, "
                            + "alt_form_of_address, alt_name, alt_title, alt_office, alt_address, "
                            + "updated_by, updated_at, campaign_id, id, seq, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                            + "ON CONFLICT (campaign_id, id) DO NOTHING")) {
                bindFields(insert, recipient);
                insert.setString(16, campaignId);
                insert.setString(17, recipient.id());
                insert.setInt(18, ROWS.nextSeq(work, campaignId));
                version = ROWS.inserted(work, insert.executeUpdate(), what, campaignId, recipient.id());
            }
        } else {
            try (PreparedStatement update = work.connection().prepareStatement(
                    "UPDATE recipient SET role = ?, position = ?, form_of_address = ?, name = ?, title = ?, "
                            + "office = ?, fax = ?, email = ?, alt_form_of_address = ?, alt_name = ?, alt_title = ?, "
                            + "alt_office = ?, alt_address = ?, updated_by = ?, updated_at = ?, "
                            + "version = version + 1 WHERE campaign_id = ? AND id = ? AND version = ?")) {
                bindFields(update, recipient);
                update.setString(16, campaignId);
                update.setString(17, recipient.id());
                update.setLong(18, expectedVersion);
                version = ROWS.updated(work, update.executeUpdate(), what, expectedVersion, campaignId,
                        recipient.id());
            }
        }
        replaceAddressLines(campaignId, recipient);
        return version;
    }

    /** A second address's lines, kept joined by line breaks in one column. */
    private static List<String> altAddress(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split("\n", -1));
    }

    /** Binds parameters 1-15: the recipient's own fields, its second-script fields, then the stamp. */
    private void bindFields(PreparedStatement statement, Recipient recipient) throws SQLException {
        Columns.setEnum(statement, 1, recipient.role());
        statement.setInt(2, recipient.position());
        statement.setString(3, recipient.formOfAddress());
        statement.setString(4, recipient.name());
        statement.setString(5, recipient.title());
        statement.setString(6, recipient.office());
        statement.setString(7, recipient.fax());
        statement.setString(8, recipient.email());
        RecipientText alt = recipient.alt();
        statement.setString(9, alt.formOfAddress());
        statement.setString(10, alt.name());
        statement.setString(11, alt.title());
        statement.setString(12, alt.office());
        statement.setString(13, String.join("\n", alt.addressLines()));
        statement.setString(14, work.user());
        Columns.setInstant(statement, 15, work.now());
    }

    private void replaceAddressLines(String campaignId, Recipient recipient) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM recipient_address_line WHERE campaign_id = ? AND recipient_id = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, recipient.id());
            delete.executeUpdate();
        }
        if (recipient.addressLines().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = work.connection().prepareStatement(
                "INSERT INTO recipient_address_line (campaign_id, recipient_id, line_no, line) VALUES (?, ?, ?, ?)")) {
            int lineNo = 1;
            for (String line : recipient.addressLines()) {
                insert.setString(1, campaignId);
                insert.setString(2, recipient.id());
                insert.setInt(3, lineNo++);
                insert.setString(4, line);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Removes a recipient, if it is still at the version the caller saw.
     *
     * @throws IllegalStateException if letters were delivered (or planned) to it: those records
     *         are the proof of what was sent and are kept, so the recipient stays too
     */
    public void delete(String campaignId, String id, long expectedVersion) throws SQLException {
        int deliveries = new DeliveryRepository(work).countFor(campaignId, id);
        if (deliveries > 0) {
            throw new IllegalStateException("Recipient '" + id + "' cannot be deleted: " + deliveries
                    + (deliveries == 1 ? " delivery names" : " deliveries name")
                    + " it, and the record of what was sent is kept");
        }
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM recipient WHERE campaign_id = ? AND id = ? AND version = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, id);
            delete.setLong(3, expectedVersion);
            ROWS.deleted(work, delete.executeUpdate(), "Recipient '" + id + "'", expectedVersion, campaignId, id);
        }
    }
}
