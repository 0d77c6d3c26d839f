package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.appeal.domain.CampaignImage;

/**
 * The image files a campaign's signatories name, with their bytes (migration V30). An image is
 * replaced whole under its path; images no signatory names any more are dropped with
 * {@link #deleteUnused}, in the transaction that stopped naming them.
 */
public final class CampaignImageRepository {
    private final UnitOfWork work;

    public CampaignImageRepository(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** The campaign's images, by path. */
    public List<CampaignImage> all(String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT path, content FROM campaign_image WHERE campaign_id = ? ORDER BY path")) {
            statement.setString(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                List<CampaignImage> images = new ArrayList<>();
                while (rows.next()) {
                    images.add(new CampaignImage(rows.getString("path"), rows.getBytes("content")));
                }
                return images;
            }
        }
    }

    /** Adds the image, or replaces the one under the same path. */
    public void save(String campaignId, CampaignImage image) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM campaign_image WHERE campaign_id = ? AND path = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, image.path());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = work.connection().prepareStatement(
                "INSERT INTO campaign_image (campaign_id, path, content, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, campaignId);
            insert.setString(2, image.path());
            insert.setBytes(3, image.bytes());
            insert.setString(4, work.user());
            Columns.setInstant(insert, 5, work.now());
            insert.executeUpdate();
        }
    }

    /** Drops the images that no signatory of the campaign names; returns how many. */
    public int deleteUnused(String campaignId) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM campaign_image WHERE campaign_id = ? AND path NOT IN ("
                        + "SELECT signature_image FROM signatory WHERE campaign_id = ? AND signature_image IS NOT NULL)")) {
            delete.setString(1, campaignId);
            delete.setString(2, campaignId);
            return delete.executeUpdate();
        }
    }
}
