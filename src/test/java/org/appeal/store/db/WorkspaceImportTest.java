package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Evidence;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;

/** {@link CampaignStore}: whole campaigns in and out, each in one transaction. */
class WorkspaceImportTest {
    private static final List<String> CAMPAIGN_TABLES = List.of("campaign", "letter_draft", "recipient",
            "recipient_address_line", "signatory", "source", "source_paragraph", "evidence", "resolution",
            "sponsorship", "vote", "draft_version", "draft_recovery");

    @OnBothDatabases
    void loadsBackExactlyWhatWasImported(TestDatabase db) {
        CampaignStore store = new CampaignStore(db.open());
        CampaignData imported = MadeUpCampaign.data();

        store.importCampaign(imported);
        CampaignData loaded = store.load(MadeUpCampaign.ID);

        assertThat(loaded).isEqualTo(MadeUpCampaign.asLoaded(imported));
        assertThat(loaded.recipients()).as("in printed order, as the letter lists them")
                .extracting(org.appeal.domain.Recipient::id).containsExactly("envoy", "minister", "office");
        assertThat(loaded.signatories().all().get(0).name()).isEqualTo("대한민국 북한인권 시민연대");
        assertThat(loaded.signatories().all().get(0).signedOn()).isNull();
        assertThat(store.campaigns()).containsExactly(imported.campaign());
    }

    @OnBothDatabases
    void anotherClientLoadsTheSameCampaign(TestDatabase db) {
        new CampaignStore(db.open("ana")).importCampaign(MadeUpCampaign.data());

        assertThat(new CampaignStore(db.open("kim")).load(MadeUpCampaign.ID)).isEqualTo(MadeUpCampaign.asLoaded(MadeUpCampaign.data()));
    }

    @OnBothDatabases
    void refusesToImportOverAnExistingCampaign(TestDatabase db) {
        CampaignStore store = new CampaignStore(db.open());
        store.importCampaign(MadeUpCampaign.data());
        CampaignData other = MadeUpCampaign.data().withSignatories(new SignatoryList(List.of()));

        assertThatThrownBy(() -> store.importCampaign(other))
                .isInstanceOf(CampaignExistsException.class)
                .hasMessageContaining("already has a campaign 'made-up-2099'");
        assertThat(store.load(MadeUpCampaign.ID)).isEqualTo(MadeUpCampaign.asLoaded(MadeUpCampaign.data()));
    }

    @OnBothDatabases
    void replacesAnExistingCampaignWhenAskedTo(TestDatabase db) {
        CampaignStore store = new CampaignStore(db.open());
        store.importCampaign(MadeUpCampaign.data());
        CampaignData replacement = new CampaignData(new Campaign(MadeUpCampaign.ID, "Replaced", "en"),
                MadeUpCampaign.letter().withBody("new body"), MadeUpCampaign.recipients().subList(0, 1),
                new SignatoryList(MadeUpCampaign.signatories().subList(2, 4)), List.of(), List.of(),
                MadeUpCampaign.sources().subList(1, 2), List.of());

        store.importCampaign(replacement, CampaignStore.IfExists.REPLACE);

        assertThat(store.load(MadeUpCampaign.ID)).isEqualTo(MadeUpCampaign.asLoaded(replacement));
    }

    @OnBothDatabases
    void aFailedImportLeavesNoRowOfTheCampaign(TestDatabase db) {
        Workspace workspace = db.open();
        CampaignStore store = new CampaignStore(workspace);
        List<Signatory> withDuplicate = new ArrayList<>(MadeUpCampaign.signatories());
        withDuplicate.add(2, MadeUpCampaign.signatories().get(0));
        CampaignData broken = MadeUpCampaign.data().withSignatories(new SignatoryList(withDuplicate));

        assertThatThrownBy(() -> store.importCampaign(broken))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("Signatory 'civic-alliance' already exists");

        assertThat(rowCounts(workspace, MadeUpCampaign.ID)).allSatisfy((table, rows) -> assertThat(rows)
                .as(table).isZero());
        assertThat(store.campaigns()).isEmpty();
    }

    @OnBothDatabases
    void aFailedReplaceKeepsTheOldCampaign(TestDatabase db) {
        CampaignStore store = new CampaignStore(db.open());
        store.importCampaign(MadeUpCampaign.data());
        List<Evidence> dangling = List.of(new Evidence("k", "no-such-source", "", null));
        CampaignData broken = new CampaignData(MadeUpCampaign.campaign(MadeUpCampaign.ID), MadeUpCampaign.letter(),
                List.of(), new SignatoryList(List.of()), List.of(), List.of(), List.of(), dangling);

        assertThatThrownBy(() -> store.importCampaign(broken, CampaignStore.IfExists.REPLACE))
                .isInstanceOf(StoreException.class);

        assertThat(store.load(MadeUpCampaign.ID)).isEqualTo(MadeUpCampaign.asLoaded(MadeUpCampaign.data()));
    }

    @OnBothDatabases
    void campaignsAreKeptApart(TestDatabase db) {
        CampaignStore store = new CampaignStore(db.open());
        store.importCampaign(MadeUpCampaign.data("second"));
        store.importCampaign(MadeUpCampaign.data("first"));

        assertThat(store.campaigns()).extracting(Campaign::id).containsExactly("first", "second");
        assertThat(store.load("first")).isEqualTo(MadeUpCampaign.asLoaded(MadeUpCampaign.data("first")));
        assertThatThrownBy(() -> store.load("third"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("The workspace has no campaign 'third'");
    }

    private static Map<String, Integer> rowCounts(Workspace workspace, String campaignId) {
        return workspace.read(work -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String table : CAMPAIGN_TABLES) {
                String column = table.equals("campaign") ? "id" : "campaign_id";
                try (PreparedStatement statement = work.connection().prepareStatement(
                        "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
                    statement.setString(1, campaignId);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        counts.put(table, row.getInt(1));
                    }
                }
            }
            return counts;
        });
    }
}
