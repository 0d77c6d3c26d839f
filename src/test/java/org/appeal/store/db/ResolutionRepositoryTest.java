package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.appeal.domain.Resolution;
import org.appeal.domain.Sponsorship;
import org.appeal.domain.UnBody;
import org.appeal.domain.Vote;

class ResolutionRepositoryTest {
    private static final String CAMPAIGN = "c";

    @OnBothDatabases
    void roundTripsResolutionsAndSponsorshipsWithUnknownsKeptUnknown(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        workspace.inTransaction(work -> {
            ResolutionRepository repository = new ResolutionRepository(work);
            for (Resolution resolution : MadeUpCampaign.resolutions()) {
                repository.save(CAMPAIGN, resolution, 0);
            }
            for (Sponsorship sponsorship : MadeUpCampaign.sponsorships()) {
                repository.saveSponsorship(CAMPAIGN, sponsorship, 0);
            }
            return null;
        });

        List<Versioned<Resolution>> resolutions = workspace.read(work -> new ResolutionRepository(work).all(CAMPAIGN));
        List<Versioned<Sponsorship>> sponsorships =
                workspace.read(work -> new ResolutionRepository(work).allSponsorships(CAMPAIGN));

        assertThat(resolutions).extracting(Versioned::value).containsExactlyElementsOf(MadeUpCampaign.resolutions());
        Resolution unknown = resolutions.get(1).value();
        assertThat(unknown.session()).isNull();
        assertThat(unknown.adoptedOn()).isNull();
        assertThat(sponsorships).extracting(Versioned::value).containsExactlyElementsOf(MadeUpCampaign.sponsorships());
        assertThat(sponsorships.get(1).value().cosponsored()).isFalse();
    }

    @OnBothDatabases
    void refusesStaleSavesOfResolutionsAndSponsorships(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        Resolution resolution = MadeUpCampaign.resolutions().get(1);
        Sponsorship sponsorship = MadeUpCampaign.sponsorships().get(1);
        workspace.inTransaction(work -> new ResolutionRepository(work).save(CAMPAIGN, resolution, 0));
        workspace.inTransaction(work -> new ResolutionRepository(work).saveSponsorship(CAMPAIGN, sponsorship, 0));
        Resolution dated = new Resolution("res-unknown", "A/HRC/RES/0/1", UnBody.HRC, 0, null, "Now known",
                Resolution.Adoption.WITHOUT_VOTE, "src-note");
        Sponsorship flipped = new Sponsorship("spon-2097", "Republic of Nowhere", UnBody.HRC, 2097, null, "", true, "");

        workspace.inTransaction(work -> new ResolutionRepository(work).save(CAMPAIGN, dated, 1));
        workspace.inTransaction(work -> new ResolutionRepository(work).saveSponsorship(CAMPAIGN, flipped, 1));

        assertThatThrownBy(() -> workspace.inTransaction(work -> new ResolutionRepository(work).save(CAMPAIGN, resolution, 1)))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("Resolution 'res-unknown'");
        assertThatThrownBy(() -> workspace.inTransaction(work ->
                new ResolutionRepository(work).saveSponsorship(CAMPAIGN, sponsorship, 1)))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("Sponsorship 'spon-2097'");
        Optional<Versioned<Resolution>> storedResolution =
                workspace.read(work -> new ResolutionRepository(work).find(CAMPAIGN, "res-unknown"));
        Optional<Versioned<Sponsorship>> storedSponsorship =
                workspace.read(work -> new ResolutionRepository(work).findSponsorship(CAMPAIGN, "spon-2097"));
        assertThat(storedResolution).contains(new Versioned<>(dated, 2));
        assertThat(storedSponsorship).contains(new Versioned<>(flipped, 2));
    }

    @OnBothDatabases
    void recordsCorrectsAndRemovesVotes(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        String symbol = "A/RES/98/001";
        workspace.inTransaction(work -> {
            ResolutionRepository repository = new ResolutionRepository(work);
            repository.saveVote(CAMPAIGN, new Vote(symbol, "Republic of Nowhere", Vote.Choice.YES), 0);
            repository.saveVote(CAMPAIGN, new Vote(symbol, "Atlantis", Vote.Choice.ABSTAIN), 0);
            repository.saveVote(CAMPAIGN, new Vote("A/RES/97/002", "Atlantis", Vote.Choice.NO), 0);
            return null;
        });

        workspace.inTransaction(work ->
                new ResolutionRepository(work).saveVote(CAMPAIGN, new Vote(symbol, "Atlantis", Vote.Choice.NO), 1));
        assertThatThrownBy(() -> workspace.inTransaction(work ->
                new ResolutionRepository(work).saveVote(CAMPAIGN, new Vote(symbol, "Atlantis", Vote.Choice.YES), 1)))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("The vote of 'Atlantis' on 'A/RES/98/001' was changed");
        workspace.inTransaction(work -> {
            new ResolutionRepository(work).deleteVote(CAMPAIGN, symbol, "Republic of Nowhere", 1);
            return null;
        });

        List<Versioned<Vote>> votes = workspace.read(work -> new ResolutionRepository(work).votes(CAMPAIGN, symbol));
        assertThat(votes).containsExactly(new Versioned<>(new Vote(symbol, "Atlantis", Vote.Choice.NO), 2));
    }
}
