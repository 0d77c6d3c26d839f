package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.appeal.domain.Signatory;

class SignatoryRepositoryTest {
    private static final String CAMPAIGN = "c";

    @OnBothDatabases
    void roundTripsEveryFieldInListOrder(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        List<Signatory> signatories = MadeUpCampaign.signatories();

        workspace.inTransaction(work -> {
            SignatoryRepository repository = new SignatoryRepository(work);
            for (Signatory signatory : signatories) {
                assertThat(repository.save(CAMPAIGN, signatory, 0)).isEqualTo(1);
            }
            return null;
        });

        List<Versioned<Signatory>> read = workspace.read(work -> new SignatoryRepository(work).all(CAMPAIGN));
        assertThat(read).extracting(Versioned::value).containsExactlyElementsOf(signatories);
        assertThat(read).extracting(Versioned::version).containsOnly(1L);
        Signatory hangul = read.get(0).value();
        assertThat(hangul.name()).isEqualTo("대한민국 북한인권 시민연대");
        assertThat(hangul.signedOn()).isNull();
        assertThat(hangul.acronym()).isEmpty();
    }

    @OnBothDatabases
    void aStaleSaveIsRefusedWithWhoAndWhen(TestDatabase db) {
        Workspace ana = db.open("ana");
        MadeUpCampaign.createEmpty(ana, CAMPAIGN);
        Signatory original = MadeUpCampaign.signatories().get(1);
        ana.inTransaction(work -> new SignatoryRepository(work).save(CAMPAIGN, original, 0));
        Signatory withdrawn = original.withdrawn(LocalDate.of(2099, 3, 3));
        ana.inTransaction(work -> new SignatoryRepository(work).save(CAMPAIGN, withdrawn, 1));

        Workspace kim = db.open("kim");
        assertThatThrownBy(() -> kim.inTransaction(work ->
                new SignatoryRepository(work).save(CAMPAIGN, original.withdrawn(null), 1)))
                .isInstanceOfSatisfying(StaleDataException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Signatory 'example-watch' was changed by someone else by ana at ")
                            .endsWith(" since you opened it (version 2, you had 1); reload before saving");
                    assertThat(e.currentVersion()).contains(2L);
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.changedBy()).contains("ana");
                    assertThat(e.changedAt()).isPresent();
                });

        Optional<Versioned<Signatory>> stored =
                kim.read(work -> new SignatoryRepository(work).find(CAMPAIGN, "example-watch"));
        assertThat(stored).contains(new Versioned<>(withdrawn, 2));
    }

    @OnBothDatabases
    void findsOneAndKnowsWhatIsMissing(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);

        Optional<Versioned<Signatory>> nobody =
                workspace.read(work -> new SignatoryRepository(work).find(CAMPAIGN, "nobody"));
        assertThat(nobody).isEmpty();
        assertThatThrownBy(() -> workspace.inTransaction(work -> new SignatoryRepository(work)
                .save(CAMPAIGN, MadeUpCampaign.signatories().get(0), 4)))
                .isInstanceOf(StaleDataException.class)
                .hasMessage("Signatory 'civic-alliance' was deleted by someone else since you opened it "
                        + "(you had version 4); reload before saving");
    }

    @OnBothDatabases
    void idsAreScopedToTheirCampaign(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, "one");
        MadeUpCampaign.createEmpty(workspace, "two");
        Signatory signatory = MadeUpCampaign.signatories().get(0);

        workspace.inTransaction(work -> new SignatoryRepository(work).save("one", signatory, 0));
        workspace.inTransaction(work -> new SignatoryRepository(work).save("two", signatory, 0));

        List<Versioned<Signatory>> second = workspace.read(work -> new SignatoryRepository(work).all("two"));
        assertThat(second).hasSize(1);
    }
}
