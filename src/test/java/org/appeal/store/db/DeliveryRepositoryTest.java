package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;

/** Delivery records on both databases. Every address, number and hash here is made up. */
class DeliveryRepositoryTest {
    private static final String CAMPAIGN = MadeUpCampaign.ID;
    private static final String SHA = "0123456789abcdef".repeat(4);

    static Delivery faxed() {
        return new Delivery("d-fax", "minister", "letter", 3, Delivery.Channel.FAX, Delivery.Status.SENT,
                Instant.parse("2099-03-01T08:15:30Z"), "홍길동", "+00 0 0000 0000", "receipt 0042", "", SHA);
    }

    static Delivery planned() {
        return new Delivery("d-post", "office", "letter", null, Delivery.Channel.POST, Delivery.Status.PLANNED, null,
                "", "Only line", "", "to go with the signed copy", "");
    }

    @OnBothDatabases
    void deliveriesRoundTripWithUnknownsKeptUnknown(TestDatabase db) {
        Workspace workspace = db.open();
        new CampaignStore(workspace).importCampaign(MadeUpCampaign.data());
        DeliveryLog log = new DeliveryLog(workspace);

        log.record(CAMPAIGN, faxed());
        log.record(CAMPAIGN, planned());

        assertThat(log.all(CAMPAIGN)).containsExactly(new Versioned<>(faxed(), 1), new Versioned<>(planned(), 1));
    }

    @OnBothDatabases
    void aConfirmationIsANewRowVersionAndAStaleOneIsRefused(TestDatabase db) {
        Workspace ana = db.open("ana");
        Workspace kim = db.open("kim");
        new CampaignStore(ana).importCampaign(MadeUpCampaign.data());
        new DeliveryLog(ana).record(CAMPAIGN, faxed());

        Versioned<Delivery> confirmed = new DeliveryLog(ana).changeStatus(CAMPAIGN, "d-fax", Delivery.Status.CONFIRMED,
                "confirmed by phone", 1);

        assertThat(confirmed).isEqualTo(new Versioned<>(faxed().withStatus(Delivery.Status.CONFIRMED,
                "confirmed by phone"), 2));
        assertThatThrownBy(() -> new DeliveryLog(kim).changeStatus(CAMPAIGN, "d-fax", Delivery.Status.FAILED,
                "no answer", 1))
                .isInstanceOf(StaleDataException.class)
                .hasMessageStartingWith("Delivery 'd-fax' was changed by someone else by ana at ");
        assertThat(new DeliveryLog(kim).all(CAMPAIGN)).extracting(Versioned::value)
                .extracting(Delivery::status).containsExactly(Delivery.Status.CONFIRMED);
    }

    @OnBothDatabases
    void aDeliveryMustNameARecipientAndALetterOfItsCampaign(TestDatabase db) {
        Workspace workspace = db.open();
        new CampaignStore(workspace).importCampaign(MadeUpCampaign.data());
        DeliveryLog log = new DeliveryLog(workspace);
        Delivery f = faxed();

        assertThatThrownBy(() -> log.record(CAMPAIGN, new Delivery("x", "nobody", "letter", 1, f.channel(), f.status(),
                f.at(), f.by(), "", "", "", SHA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Campaign 'made-up-2099' has no recipient 'nobody' (its recipients: minister, envoy, office)");
        assertThatThrownBy(() -> log.record(CAMPAIGN, new Delivery("x", "minister", "memo", 1, f.channel(), f.status(),
                f.at(), f.by(), "", "", "", SHA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Campaign 'made-up-2099' has no letter 'memo' (its letters: letter)");
        assertThatThrownBy(() -> log.record("nope", f)).isInstanceOf(NoSuchElementException.class)
                .hasMessage("The workspace has no campaign 'nope'");
        log.record(CAMPAIGN, f);
        assertThatThrownBy(() -> log.record(CAMPAIGN, f)).isInstanceOf(StaleDataException.class)
                .hasMessageStartingWith("Delivery 'd-fax' already exists");
        assertThat(log.all(CAMPAIGN)).hasSize(1);
    }

    @OnBothDatabases
    void aRecipientWithDeliveriesIsKeptAndTheCampaignTakesBothAlong(TestDatabase db) {
        Workspace workspace = db.open();
        CampaignStore store = new CampaignStore(workspace);
        store.importCampaign(MadeUpCampaign.data());
        new DeliveryLog(workspace).record(CAMPAIGN, faxed());

        assertThatThrownBy(() -> workspace.inTransaction(work -> {
            new RecipientRepository(work).delete(CAMPAIGN, "minister", 1);
            return null;
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("Recipient 'minister' cannot be deleted: 1 delivery names it, and the record of what was"
                        + " sent is kept");

        store.importCampaign(MadeUpCampaign.data(), CampaignStore.IfExists.REPLACE);
        assertThat(new DeliveryLog(workspace).all(CAMPAIGN)).isEmpty();
    }

    @OnBothDatabases
    void aCampaignImportedWithDeliveriesLoadsThemBack(TestDatabase db) {
        Workspace workspace = db.open();
        CampaignData data = MadeUpCampaign.data().withDeliveries(List.of(planned(), faxed()));

        new CampaignStore(workspace).importCampaign(data);

        assertThat(new CampaignStore(workspace).load(CAMPAIGN)).isEqualTo(MadeUpCampaign.asLoaded(data));
    }

    @OnBothDatabases
    void theNewestLetterVersionIsWhatTheHistoryHolds(TestDatabase db) {
        Workspace workspace = db.open();
        new CampaignStore(workspace).importCampaign(MadeUpCampaign.data());
        DeliveryLog log = new DeliveryLog(workspace);
        assertThat(log.newestLetterVersion(CAMPAIGN)).isEmpty();

        new DraftHistory(workspace).recordExport(CAMPAIGN, "tester");

        assertThat(log.newestLetterVersion(CAMPAIGN)).contains(1);
    }
}
