package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.appeal.domain.LetterDraft;

/**
 * Who each saved or exported version of the letter printed (migration V30): the signatories
 * signed, and not withdrawn, as of the version's "signatories as of" day when it was recorded. A
 * signatory printed in a version is withdrawn instead of deleted, so the record of what went out
 * stays whole.
 */
public final class PrintedSignatories {
    private final UnitOfWork work;

    public PrintedSignatories(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * Records who version {@code number} printed, as the list stands now; a second record for the
     * same version (an export of unchanged text after the list grew) adds the newcomers.
     */
    void record(String campaignId, int number, LetterDraft draft) throws SQLException {
        // Days are ISO-8601 text, so text order is calendar order.
        try (PreparedStatement insert = work.connection().prepareStatement(
                "INSERT INTO printed_signatory (campaign_id, version_number, signatory_id) "
                        + "SELECT ?, ?, id FROM signatory WHERE campaign_id = ? "
                        + "AND (signed_on IS NULL OR signed_on <= ?) AND (withdrawn_on IS NULL OR withdrawn_on > ?) "
                        + "ON CONFLICT (campaign_id, version_number, signatory_id) DO NOTHING")) {
            insert.setString(1, campaignId);
            insert.setInt(2, number);
            insert.setString(3, campaignId);
            Columns.setDay(insert, 4, draft.signatoriesAsOf());
            Columns.setDay(insert, 5, draft.signatoriesAsOf());
            insert.executeUpdate();
        }
    }

    /** The numbers of the versions that printed the signatory, oldest first; empty when none did. */
    public List<Integer> versionsPrinting(String campaignId, String signatoryId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT version_number FROM printed_signatory WHERE campaign_id = ? AND signatory_id = ? "
                        + "ORDER BY version_number")) {
            statement.setString(1, campaignId);
            statement.setString(2, signatoryId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Integer> numbers = new ArrayList<>();
                while (rows.next()) {
                    numbers.add(rows.getInt(1));
                }
                return numbers;
            }
        }
    }
}
