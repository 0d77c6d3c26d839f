package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.appeal.domain.Campaign;
import org.appeal.domain.LetterDraft;

class CampaignRepositoryTest {

    @OnBothDatabases
    void savesAndReadsCampaignsAndTheirLetter(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, "b-campaign");
        MadeUpCampaign.createEmpty(workspace, "a-campaign");

        workspace.read(work -> {
            CampaignRepository campaigns = new CampaignRepository(work);
            assertThat(campaigns.all()).extracting(v -> v.value().id()).containsExactly("a-campaign", "b-campaign");
            assertThat(campaigns.find("a-campaign")).contains(new Versioned<>(MadeUpCampaign.campaign("a-campaign"), 1));
            assertThat(campaigns.letter("a-campaign")).contains(new Versioned<>(MadeUpCampaign.letter(), 1));
            assertThat(campaigns.find("nope")).isEmpty();
            assertThat(campaigns.letter("nope")).isEmpty();
            return null;
        });
    }

    @OnBothDatabases
    void updatesBumpTheVersionAndStaleUpdatesAreRefused(TestDatabase db) {
        Workspace workspace = db.open("ana");
        MadeUpCampaign.createEmpty(workspace, "c");
        Campaign renamed = new Campaign("c", "새 이름", "en", "Republic of Korea", "");

        long version = workspace.inTransaction(work -> new CampaignRepository(work).save(renamed, 1));
        assertThat(version).isEqualTo(2);

        assertThatThrownBy(() -> workspace.inTransaction(work ->
                new CampaignRepository(work).save(new Campaign("c", "older edit", "en"), 1)))
                .isInstanceOf(StaleDataException.class)
                .hasMessageStartingWith("Campaign 'c' was changed by someone else by ana at ")
                .hasMessageEndingWith("since you opened it (version 2, you had 1); reload before saving");
        Optional<Versioned<Campaign>> stored = workspace.read(work -> new CampaignRepository(work).find("c"));
        assertThat(stored).contains(new Versioned<>(renamed, 2));
    }

    @OnBothDatabases
    void theLetterHasItsOwnVersion(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, "c");
        LetterDraft edited = MadeUpCampaign.letter().withBody("");
        LetterDraft redated = new LetterDraft("s", LocalDate.of(2100, 1, 1), "b", "other.html.vm", null);

        workspace.inTransaction(work -> new CampaignRepository(work).save(new Campaign("c", "renamed", "en"), 1));
        workspace.inTransaction(work -> new CampaignRepository(work).saveLetter("c", edited, 1));
        workspace.inTransaction(work -> new CampaignRepository(work).saveLetter("c", redated, 2));

        Optional<Versioned<LetterDraft>> letter = workspace.read(work -> new CampaignRepository(work).letter("c"));
        assertThat(letter).contains(new Versioned<>(redated, 3));
        assertThatThrownBy(() -> workspace.inTransaction(work ->
                new CampaignRepository(work).saveLetter("c", edited, 2)))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("The letter of campaign 'c' was changed");
    }

    @OnBothDatabases
    void insertingAnExistingIdIsRefusedNotOverwritten(TestDatabase db) {
        Workspace workspace = db.open("kim");
        MadeUpCampaign.createEmpty(workspace, "c");

        assertThatThrownBy(() -> workspace.inTransaction(work ->
                new CampaignRepository(work).save(new Campaign("c", "mine", "en"), 0)))
                .isInstanceOf(StaleDataException.class)
                .hasMessageStartingWith("Campaign 'c' already exists: it was saved by kim at")
                .hasMessageEndingWith("(version 1); reload before saving");
        assertThat(workspace.read(work -> new CampaignRepository(work).find("c")).orElseThrow().value().title())
                .isEqualTo(MadeUpCampaign.campaign("c").title());
    }

    @OnBothDatabases
    void aNegativeExpectedVersionIsAProgrammingError(TestDatabase db) {
        Workspace workspace = db.open();

        assertThatThrownBy(() -> workspace.inTransaction(work ->
                new CampaignRepository(work).save(new Campaign("c", "t", "en"), -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
