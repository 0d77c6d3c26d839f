package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.domain.NamedLetter;
import org.appeal.domain.Recipient;

/**
 * A campaign's delivery record over the workspace: what the CLI and the app's sending service
 * write through. Each call is one transaction. A delivery must name a recipient and a letter of
 * its campaign; anything else is refused with words naming what is there.
 */
public final class DeliveryLog {
    private final Workspace workspace;

    public DeliveryLog(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** Every delivery of the campaign, in the order recorded. */
    public List<Versioned<Delivery>> all(String campaignId) {
        return workspace.read(work -> {
            requireCampaign(work, campaignId);
            return new DeliveryRepository(work).all(campaignId);
        });
    }

    /**
     * Adds a delivery as a new row.
     *
     * @throws NoSuchElementException   if there is no such campaign
     * @throws IllegalArgumentException if its recipient or letter is not the campaign's
     * @throws StaleDataException       if a delivery with its id exists already
     */
    public Versioned<Delivery> record(String campaignId, Delivery delivery) {
        Objects.requireNonNull(delivery, "delivery");
        return workspace.inTransaction(work -> {
            requireCampaign(work, campaignId);
            checkRecipient(work, campaignId, delivery.recipientId());
            checkLetter(work, campaignId, delivery.letter());
            long version = new DeliveryRepository(work).save(campaignId, delivery, 0);
            return new Versioned<>(delivery, version);
        });
    }

    /**
     * Records what became of a delivery (receipt confirmed, failure reported later); the rest of it
     * stays as sent.
     *
     * @param expectedVersion the row version the caller read; refused as stale if it changed since
     */
    public Versioned<Delivery> changeStatus(String campaignId, String id, Delivery.Status status, String note,
                                            long expectedVersion) {
        return workspace.inTransaction(work -> {
            DeliveryRepository repository = new DeliveryRepository(work);
            Delivery current = repository.find(campaignId, id).map(Versioned::value).orElseThrow(
                    () -> new NoSuchElementException("Campaign '" + campaignId + "' has no delivery '" + id + "'"));
            Delivery changed = current.withStatus(status, note == null ? current.note() : note);
            return new Versioned<>(changed, repository.save(campaignId, changed, expectedVersion));
        });
    }

    /** The newest version number of the campaign's main letter, empty when it has none yet. */
    public Optional<Integer> newestLetterVersion(String campaignId) {
        return workspace.read(work -> {
            try (PreparedStatement statement = work.connection().prepareStatement(
                    "SELECT MAX(number) FROM draft_version WHERE campaign_id = ?")) {
                statement.setString(1, campaignId);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    int number = row.getInt(1);
                    return row.wasNull() ? Optional.empty() : Optional.of(number);
                }
            }
        });
    }

    private static void requireCampaign(UnitOfWork work, String campaignId) throws SQLException {
        if (new CampaignRepository(work).find(campaignId).isEmpty()) {
            throw new NoSuchElementException("The workspace has no campaign '" + campaignId + "'");
        }
    }

    private static void checkRecipient(UnitOfWork work, String campaignId, String recipientId) throws SQLException {
        List<Versioned<Recipient>> recipients = new RecipientRepository(work).all(campaignId);
        if (recipients.stream().noneMatch(r -> r.value().id().equals(recipientId))) {
            throw new IllegalArgumentException("Campaign '" + campaignId + "' has no recipient '" + recipientId
                    + "' (its recipients: " + recipients.stream().map(r -> r.value().id())
                    .collect(Collectors.joining(", ")) + ")");
        }
    }

    private static void checkLetter(UnitOfWork work, String campaignId, String letter) throws SQLException {
        List<String> names = new ArrayList<>();
        names.add(CampaignData.MAIN_LETTER);
        new CampaignRepository(work).furtherLetters(campaignId).stream().map(NamedLetter::name).forEach(names::add);
        if (!names.contains(letter)) {
            throw new IllegalArgumentException("Campaign '" + campaignId + "' has no letter '" + letter
                    + "' (its letters: " + String.join(", ", names) + ")");
        }
    }
}
