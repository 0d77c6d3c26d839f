package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.appeal.domain.Approval;

/** The text each signatory approved (see {@link org.appeal.domain.ApprovedText}). */
public final class ApprovalRepository {
    private final UnitOfWork work;

    public ApprovalRepository(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Fingerprints by signatory id; signatories with no recorded approval are absent. */
    public Map<String, String> all(String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT signatory_id, text_sha256 FROM signatory_approval WHERE campaign_id = ?")) {
            statement.setString(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                Map<String, String> approvals = new HashMap<>();
                while (rows.next()) {
                    approvals.put(rows.getString(1), rows.getString(2));
                }
                return approvals;
            }
        }
    }

    /** Records (or replaces) the text a signatory approved, stamped with who recorded it and when. */
    public void record(String campaignId, String signatoryId, String textSha256) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM signatory_approval WHERE campaign_id = ? AND signatory_id = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, signatoryId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = work.connection().prepareStatement(
                "INSERT INTO signatory_approval (campaign_id, signatory_id, text_sha256, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, campaignId);
            insert.setString(2, signatoryId);
            insert.setString(3, textSha256);
            insert.setString(4, work.user());
            Columns.setInstant(insert, 5, work.now());
            insert.executeUpdate();
        }
    }

    /** Every recorded approval with who recorded it and when, by signatory id. */
    public List<Approval> list(String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT signatory_id, text_sha256, recorded_by, recorded_at FROM signatory_approval "
                        + "WHERE campaign_id = ? ORDER BY signatory_id")) {
            statement.setString(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Approval> approvals = new ArrayList<>();
                while (rows.next()) {
                    approvals.add(new Approval(rows.getString(1), rows.getString(2), rows.getString(3),
                            Columns.instant(rows, "recorded_at")));
                }
                return approvals;
            }
        }
    }

    /** Adds an approval as it was recorded elsewhere (a bundle's), keeping who recorded it and when. */
    public void insert(String campaignId, Approval approval) throws SQLException {
        try (PreparedStatement insert = work.connection().prepareStatement(
                "INSERT INTO signatory_approval (campaign_id, signatory_id, text_sha256, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, campaignId);
            insert.setString(2, approval.signatoryId());
            insert.setString(3, approval.textSha256());
            insert.setString(4, approval.recordedBy());
            Columns.setInstant(insert, 5, approval.recordedAt());
            insert.executeUpdate();
        }
    }
}
