package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.appeal.domain.Evidence;
import org.appeal.domain.Pinpoint;
import org.appeal.domain.Source;

class SourceRepositoryTest {
    private static final String CAMPAIGN = "c";

    private static void saveFixture(Workspace workspace) {
        workspace.inTransaction(work -> {
            SourceRepository repository = new SourceRepository(work);
            for (Source source : MadeUpCampaign.sources()) {
                repository.save(CAMPAIGN, source, 0);
            }
            for (Evidence evidence : MadeUpCampaign.evidence()) {
                repository.saveEvidence(CAMPAIGN, evidence, 0);
            }
            return null;
        });
    }

    @OnBothDatabases
    void roundTripsSourcesWithParagraphsAndEvidenceWithPinpoints(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        saveFixture(workspace);

        List<Versioned<Source>> sources = workspace.read(work -> new SourceRepository(work).all(CAMPAIGN));
        List<Versioned<Evidence>> evidence = workspace.read(work -> new SourceRepository(work).allEvidence(CAMPAIGN));

        assertThat(sources).extracting(Versioned::value).containsExactlyElementsOf(MadeUpCampaign.sources());
        assertThat(sources.get(0).value().paragraphs()).hasSize(4).element(1).isEqualTo("");
        assertThat(sources.get(1).value().date()).isNull();
        assertThat(evidence).extracting(Versioned::value).containsExactlyElementsOf(MadeUpCampaign.evidence());
        assertThat(evidence.get(1).value().pinpoint()).isNull();
        assertThat(evidence.get(2).value().pinpoint()).isEqualTo(new Pinpoint(Pinpoint.Unit.PAGE, ""));
    }

    @OnBothDatabases
    void updatesAndRefusesStaleSavesOfSourcesAndEvidence(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        saveFixture(workspace);
        Source shorter = new Source("src-report", "Renamed", "", "", null, "", List.of("Only paragraph."));
        Evidence repinned = new Evidence("made-up-quote", "src-note", "다른 인용", new Pinpoint(Pinpoint.Unit.SECTION, "2"));

        workspace.inTransaction(work -> new SourceRepository(work).save(CAMPAIGN, shorter, 1));
        workspace.inTransaction(work -> new SourceRepository(work).saveEvidence(CAMPAIGN, repinned, 1));

        Optional<Versioned<Source>> source = workspace.read(work -> new SourceRepository(work).find(CAMPAIGN, "src-report"));
        Optional<Versioned<Evidence>> evidence =
                workspace.read(work -> new SourceRepository(work).findEvidence(CAMPAIGN, "made-up-quote"));
        assertThat(source).contains(new Versioned<>(shorter, 2));
        assertThat(evidence).contains(new Versioned<>(repinned, 2));
        assertThatThrownBy(() -> workspace.inTransaction(work -> new SourceRepository(work).save(CAMPAIGN, shorter, 1)))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("Source 'src-report'");
        assertThatThrownBy(() -> workspace.inTransaction(work ->
                new SourceRepository(work).saveEvidence(CAMPAIGN, repinned, 1)))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("Evidence 'made-up-quote'");
    }

    @OnBothDatabases
    void aQuotedSourceCannotBeDeletedButAnUnquotedOneCan(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        saveFixture(workspace);

        assertThatThrownBy(() -> workspace.inTransaction(work -> {
            new SourceRepository(work).delete(CAMPAIGN, "src-note", 1);
            return null;
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("Source 'src-note' is still quoted by evidence 'whole-note'; "
                        + "delete that evidence or point it at another source first");

        workspace.inTransaction(work -> {
            new SourceRepository(work).deleteEvidence(CAMPAIGN, "whole-note", 1);
            new SourceRepository(work).delete(CAMPAIGN, "src-note", 1);
            return null;
        });
        List<Versioned<Source>> left = workspace.read(work -> new SourceRepository(work).all(CAMPAIGN));
        assertThat(left).extracting(v -> v.value().id()).containsExactly("src-report");
    }

    @OnBothDatabases
    void evidenceMustQuoteASourceOfTheSameCampaign(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);

        assertThatThrownBy(() -> workspace.inTransaction(work -> new SourceRepository(work)
                .saveEvidence(CAMPAIGN, new Evidence("k", "no-such-source", "q", null), 0)))
                .isInstanceOf(StoreException.class);
    }
}
