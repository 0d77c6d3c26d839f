package org.appeal.app.delivery;

import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.domain.DeliveryLedger;
import org.appeal.domain.PdfFingerprint;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.OnBothDatabases;
import org.appeal.store.db.StaleDataException;
import org.appeal.store.db.TestDatabase;
import org.appeal.store.db.Versioned;
import org.appeal.store.db.Workspace;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The screen's service over the record, on both databases. The receipt and times are made up. */
class DeliveryRecordsTest {
    @TempDir
    Path temp;

    @OnBothDatabases
    void aFaxIsRecordedThenConfirmedAndAStaleChangeIsRefused(TestDatabase db) throws Exception {
        CampaignData data = new BundleReader().read(Path.of("seeds/sample-campaign"));
        Workspace ana = db.open("ana");
        Workspace kim = db.open("kim");
        new CampaignStore(ana).importCampaign(data);
        Path faxed = Files.writeString(temp.resolve("faxed.pdf"), "%PDF made up");
        var president = data.recipient("president").orElseThrow();

        Versioned<Delivery> recorded = new DeliveryRecords(ana).recordSending(data, CampaignData.MAIN_LETTER, null,
                president, Delivery.Channel.FAX, Delivery.Status.SENT, Instant.parse("2025-10-28T09:30:00Z"),
                DeliveryRecords.addressFor(president, Delivery.Channel.FAX), "receipt 0042", "", faxed);
        DeliveryRecords.Overview kimSees = new DeliveryRecords(kim).overview(data, CampaignData.MAIN_LETTER);
        new DeliveryRecords(ana).changeStatus(data, recorded.value(), recorded.version(), Delivery.Status.CONFIRMED,
                "confirmed by phone");

        assertThat(recorded.value()).extracting(Delivery::address, Delivery::by, Delivery::pdfSha256)
                .containsExactly("+82 2-770-4721", "ana", PdfFingerprint.of(Files.readAllBytes(faxed)));
        assertThat(kimSees.ledger().entries().get(0).state()).isEqualTo(DeliveryLedger.State.SENT);
        assertThat(kimSees.versions()).containsEntry(recorded.value().id(), 1L);
        assertThat(kimSees.newestVersion()).isEmpty();
        assertThatThrownBy(() -> new DeliveryRecords(kim).changeStatus(data, recorded.value(),
                kimSees.versions().get(recorded.value().id()), Delivery.Status.FAILED, "no answer"))
                .isInstanceOf(StaleDataException.class);
        assertThat(new DeliveryRecords(kim).overview(data, CampaignData.MAIN_LETTER).ledger().entries().get(0).state())
                .isEqualTo(DeliveryLedger.State.CONFIRMED);
    }

    @OnBothDatabases
    void aSendingWithoutItsFileIsRefused(TestDatabase db) throws Exception {
        CampaignData data = new BundleReader().read(Path.of("seeds/sample-campaign"));
        Workspace workspace = db.open();
        new CampaignStore(workspace).importCampaign(data);

        assertThatThrownBy(() -> new DeliveryRecords(workspace).recordSending(data, CampaignData.MAIN_LETTER, null,
                data.recipients().get(0), Delivery.Channel.POST, Delivery.Status.SENT, Instant.now(), "", "", "", null))
                .hasMessage("a delivery that is SENT needs the SHA-256 of the PDF that was sent");
        assertThat(new DeliveryRecords(workspace).overview(data, CampaignData.MAIN_LETTER).ledger().stillToGet()).hasSize(4);
    }
}
