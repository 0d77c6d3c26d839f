package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeal.domain.Campaign;

/** The campaign's coalition (V4) is kept by the workspace; none is stored as NULL and reads as empty. */
class CampaignCoalitionTest {
    @OnBothDatabases
    void theCoalitionIsSavedUpdatedAndCleared(TestDatabase db) {
        Workspace workspace = db.open();
        Campaign campaign = new Campaign("c", "t", "en", "", "Made-up Coalition 가상 연대");
        workspace.inTransaction(work -> new CampaignRepository(work).save(campaign, 0));
        assertThat(find(workspace)).isEqualTo(campaign);

        Campaign renamed = new Campaign("c", "t", "en", "", "Another Made-up Coalition");
        workspace.inTransaction(work -> new CampaignRepository(work).save(renamed, 1));
        assertThat(find(workspace)).isEqualTo(renamed);

        Campaign none = new Campaign("c", "t", "en");
        workspace.inTransaction(work -> new CampaignRepository(work).save(none, 2));
        assertThat(find(workspace).coalition()).isEmpty();
        String stored = workspace.read(work -> {
            try (var statement = work.connection().prepareStatement("SELECT coalition FROM campaign WHERE id = 'c'");
                 var row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        });
        assertThat(stored).isNull();
    }

    private static Campaign find(Workspace workspace) {
        return workspace.read(work -> new CampaignRepository(work).find("c")).orElseThrow().value();
    }
}
