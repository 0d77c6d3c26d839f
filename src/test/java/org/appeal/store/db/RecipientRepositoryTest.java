package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.appeal.domain.Recipient;

class RecipientRepositoryTest {
    private static final String CAMPAIGN = "c";

    @OnBothDatabases
    void roundTripsRecipientsWithOrderedAddressLines(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        List<Recipient> recipients = MadeUpCampaign.recipients();

        workspace.inTransaction(work -> {
            RecipientRepository repository = new RecipientRepository(work);
            for (Recipient recipient : recipients) {
                repository.save(CAMPAIGN, recipient, 0);
            }
            return null;
        });

        List<Versioned<Recipient>> read = workspace.read(work -> new RecipientRepository(work).all(CAMPAIGN));
        assertThat(read).extracting(Versioned::value).containsExactlyElementsOf(recipients);
        assertThat(read.get(0).value().addressLines())
                .containsExactly("1 Made-up-ro, Jongno-gu", "", "Seoul 00000", "Nowhere");
        Optional<Versioned<Recipient>> one = workspace.read(work -> new RecipientRepository(work).find(CAMPAIGN, "office"));
        assertThat(one).contains(new Versioned<>(recipients.get(2), 1));
    }

    @OnBothDatabases
    void savingRewritesTheAddressLinesAndKeepsTheListPlace(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        workspace.inTransaction(work -> {
            for (Recipient recipient : MadeUpCampaign.recipients()) {
                new RecipientRepository(work).save(CAMPAIGN, recipient, 0);
            }
            return null;
        });
        Recipient moved = new Recipient("minister", Recipient.Role.CC, 9, "", "홍길동", "", "",
                List.of("New line 1", "New line 2"), "", "");

        long version = workspace.inTransaction(work -> new RecipientRepository(work).save(CAMPAIGN, moved, 1));

        assertThat(version).isEqualTo(2);
        List<Versioned<Recipient>> read = workspace.read(work -> new RecipientRepository(work).all(CAMPAIGN));
        assertThat(read.get(0)).isEqualTo(new Versioned<>(moved, 2));
    }

    @OnBothDatabases
    void aStaleSaveChangesNeitherTheRowNorItsAddressLines(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        Recipient original = MadeUpCampaign.recipients().get(0);
        workspace.inTransaction(work -> new RecipientRepository(work).save(CAMPAIGN, original, 0));
        workspace.inTransaction(work -> new RecipientRepository(work).save(CAMPAIGN, original, 1));

        Recipient stale = new Recipient("minister", Recipient.Role.TO, 1, "", "", "", "", List.of("Overwritten?"),
                "", "");
        assertThatThrownBy(() -> workspace.inTransaction(work -> new RecipientRepository(work).save(CAMPAIGN, stale, 1)))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("Recipient 'minister' was changed by someone else");

        Optional<Versioned<Recipient>> stored =
                workspace.read(work -> new RecipientRepository(work).find(CAMPAIGN, "minister"));
        assertThat(stored).contains(new Versioned<>(original, 2));
    }

    @OnBothDatabases
    void deletesOnlyTheVersionTheCallerSaw(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        Recipient recipient = MadeUpCampaign.recipients().get(0);
        workspace.inTransaction(work -> new RecipientRepository(work).save(CAMPAIGN, recipient, 0));
        workspace.inTransaction(work -> new RecipientRepository(work).save(CAMPAIGN, recipient, 1));

        assertThatThrownBy(() -> workspace.inTransaction(work -> {
            new RecipientRepository(work).delete(CAMPAIGN, "minister", 1);
            return null;
        })).isInstanceOf(StaleDataException.class);

        workspace.inTransaction(work -> {
            new RecipientRepository(work).delete(CAMPAIGN, "minister", 2);
            return null;
        });
        List<Versioned<Recipient>> left = workspace.read(work -> new RecipientRepository(work).all(CAMPAIGN));
        assertThat(left).isEmpty();
    }
}
