package org.appeal.compose.view;

/** The campaign as templates see it. */
public record CampaignView(String id, String title, String language) {
}
