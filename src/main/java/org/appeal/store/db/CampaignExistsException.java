package org.appeal.store.db;

/** An import was refused because the workspace already has a campaign with that id. */
public class CampaignExistsException extends RuntimeException {
    private final String campaignId;

    CampaignExistsException(String campaignId) {
        super("The workspace already has a campaign '" + campaignId
                + "'; nothing was imported. Choose to replace it, or import under another id.");
        this.campaignId = campaignId;
    }

    public String campaignId() {
        return campaignId;
    }
}
