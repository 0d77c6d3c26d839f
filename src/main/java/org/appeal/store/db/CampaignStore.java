package org.appeal.store.db;

import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import org.appeal.domain.Approval;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignImage;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.domain.Evidence;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.domain.Resolution;
import org.appeal.domain.SignatoryList;
import org.appeal.domain.Source;
import org.appeal.domain.Sponsorship;

/**
 * Whole campaigns in and out of a workspace: what importing a bundle and rendering a letter need.
 * Each call is one transaction, so an import that fails half-way leaves nothing behind, and a
 * load never mixes rows from before and after another client's change.
 */
public final class CampaignStore {
    /** What to do when an imported campaign's id is already taken. */
    public enum IfExists { REFUSE, REPLACE }

    private final Workspace workspace;

    public CampaignStore(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** Imports a new campaign; refuses with {@link CampaignExistsException} if its id is taken. */
    public void importCampaign(CampaignData data) {
        importCampaign(data, IfExists.REFUSE);
    }

    /**
     * Imports a campaign. With {@link IfExists#REPLACE} an existing campaign of that id is removed
     * first, with all it holds (its draft history too), in the same transaction.
     */
    public void importCampaign(CampaignData data, IfExists ifExists) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ifExists, "ifExists");
        workspace.inTransaction(work -> {
            String id = data.campaign().id();
            CampaignRepository campaigns = new CampaignRepository(work);
            if (campaigns.find(id).isPresent()) {
                if (ifExists == IfExists.REFUSE) {
                    throw new CampaignExistsException(id);
                }
                campaigns.delete(id);
            }
            insert(work, data);
            return null;
        });
    }

    /** Every row goes in as a new row (expected version 0), in list order. */
    private static void insert(UnitOfWork work, CampaignData data) throws SQLException {
        String id = data.campaign().id();
        CampaignRepository campaigns = new CampaignRepository(work);
        campaigns.save(data.campaign(), 0);
        campaigns.saveLetter(id, data.letter(), 0);
        campaigns.saveFurtherLetters(id, data.otherLetters());
        RecipientRepository recipients = new RecipientRepository(work);
        for (Recipient recipient : data.recipients()) {
            recipients.save(id, recipient, 0);
        }
        new SignatoryRepository(work).insertAll(id, data.signatories().all());
        ResolutionRepository resolutions = new ResolutionRepository(work);
        for (Resolution resolution : data.resolutions()) {
            resolutions.save(id, resolution, 0);
        }
        for (Sponsorship sponsorship : data.sponsorships()) {
            resolutions.saveSponsorship(id, sponsorship, 0);
        }
        SourceRepository sources = new SourceRepository(work);
        for (Source source : data.sources()) {
            sources.save(id, source, 0);
        }
        for (Evidence evidence : data.evidence()) {
            sources.saveEvidence(id, evidence, 0);
        }
        for (org.appeal.domain.Vote vote : data.votes()) {
            resolutions.saveVote(id, vote, 0);
        }
        DeliveryRepository deliveries = new DeliveryRepository(work);
        for (Delivery delivery : data.deliveries()) {
            deliveries.save(id, delivery, 0);
        }
        ApprovalRepository approvals = new ApprovalRepository(work);
        for (Approval approval : data.approvals()) {
            approvals.insert(id, approval);
        }
        CampaignImageRepository images = new CampaignImageRepository(work);
        for (CampaignImage image : data.images()) {
            images.save(id, image);
        }
    }

    /** Everything the campaign holds, equal to what was imported plus later saves. */
    public CampaignData load(String campaignId) {
        return workspace.read(work -> {
            Campaign campaign = new CampaignRepository(work).find(campaignId).map(Versioned::value)
                    .orElseThrow(() -> new NoSuchElementException(
                            "The workspace has no campaign '" + campaignId + "'"));
            LetterDraft letter = new CampaignRepository(work).letter(campaignId).map(Versioned::value)
                    .orElseThrow(() -> new NoSuchElementException(
                            "Campaign '" + campaignId + "' has no letter draft"));
            ResolutionRepository resolutions = new ResolutionRepository(work);
            SourceRepository sources = new SourceRepository(work);
            List<Resolution> resolutionList = values(resolutions.all(campaignId));
            List<org.appeal.domain.Vote> votes = new java.util.ArrayList<>();
            for (Resolution r : resolutionList) {
                if (!r.symbol().isEmpty()) {
                    votes.addAll(values(resolutions.votes(campaignId, r.symbol())));
                }
            }
            // In printed order, as a bundle reads: the first TO by position is the addressee, also after
            // recipients were reordered (their rows keep the order they were added in).
            List<org.appeal.domain.Recipient> recipients = values(new RecipientRepository(work).all(campaignId)).stream()
                    .sorted(java.util.Comparator.comparingInt(org.appeal.domain.Recipient::position)
                            .thenComparing(org.appeal.domain.Recipient::id)).toList();
            return new CampaignData(campaign, letter,
                    recipients,
                    new SignatoryList(values(new SignatoryRepository(work).all(campaignId))),
                    resolutionList,
                    values(resolutions.allSponsorships(campaignId)),
                    values(sources.all(campaignId)),
                    values(sources.allEvidence(campaignId)),
                    new CampaignRepository(work).furtherLetters(campaignId),
                    votes,
                    values(new DeliveryRepository(work).all(campaignId)),
                    new ApprovalRepository(work).list(campaignId),
                    new CampaignImageRepository(work).all(campaignId));
        });
    }

    /** The campaigns in the workspace, by id. */
    public List<Campaign> campaigns() {
        return workspace.read(work -> values(new CampaignRepository(work).all()));
    }

    private static <T> List<T> values(List<Versioned<T>> rows) {
        return rows.stream().map((Function<Versioned<T>, T>) Versioned::value).toList();
    }
}
