package org.appeal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CampaignImage;
import org.appeal.domain.Delivery;
import org.appeal.domain.Evidence;
import org.appeal.domain.Pinpoint;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;
import org.appeal.domain.Source;
import org.appeal.store.ImportException;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.DeliveryLog;
import org.appeal.store.db.OnBothDatabases;
import org.appeal.store.db.TestDatabase;
import org.appeal.store.db.Workspace;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Signatories, Recipients and Evidence screens write through the session, on SQLite and
 * PostgreSQL: each change in one transaction, published, and read back the same from the
 * workspace. The sample campaign is the base; the added people, texts and images are made up.
 */
class CampaignSessionAuthoringTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";

    @TempDir
    Path temp;

    private CampaignSession open(TestDatabase db) throws Exception {
        Workspace workspace = db.open();
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        return CampaignSession.open(workspace, CAMPAIGN);
    }

    private static CampaignData reloaded(CampaignSession session) {
        return new CampaignStore(session.workspace()).load(CAMPAIGN);
    }

    @OnBothDatabases
    void aSignatoryWithAnImageIsAddedEditedAndItsImageKeptInTheWorkspace(TestDatabase db) throws Exception {
        CampaignSession session = open(db);
        List<CampaignChange> published = new ArrayList<>();
        session.changes().subscribe(published::add);
        byte[] png = png();
        Signatory added = new Signatory("made-up-org", Signatory.Kind.ORGANISATION, 23, "Made-up Organisation", "MUO",
                "", "Exampleland", LocalDate.of(2025, 7, 1), null, "images/made-up-org.png");

        session.saveSignatory(added, Optional.of(new CampaignImage("images/made-up-org.png", png)));
        Signatory edited = new Signatory("made-up-org", Signatory.Kind.ORGANISATION, 23, "Made-up Organisation (renamed)",
                "MUO", "", "Exampleland", LocalDate.of(2025, 7, 1), null, "images/made-up-org.png");
        session.saveSignatory(edited, Optional.empty());

        assertThat(published).containsExactly(CampaignChange.SIGNATORIES, CampaignChange.SIGNATORIES);
        CampaignData back = reloaded(session);
        assertThat(back.signatories().all()).contains(edited);
        assertThat(back.image("images/made-up-org.png")).hasValueSatisfying(i -> assertThat(i.bytes()).isEqualTo(png));
        assertThat(session.data().images()).isEqualTo(back.images());

        session.saveSignatory(edited.withSignatureImage(""), Optional.empty());
        assertThat(reloaded(session).images()).as("an image nobody names is not kept").isEmpty();
    }

    @OnBothDatabases
    void removingDeletesASignatoryNoVersionPrintedAndWithdrawsOneThatWasPrinted(TestDatabase db) throws Exception {
        CampaignSession session = open(db);
        Signatory printed = session.data().signatories().all().stream().filter(s -> s.id().equals("csw")).findFirst()
                .orElseThrow();
        Signatory later = new Signatory("later-org", Signatory.Kind.ORGANISATION, 23, "Later Organisation", "", "", "",
                null, null);
        session.saveLetter(session.data().letter());  // version 1 prints the sample's list as of its day
        session.saveSignatory(later, Optional.empty());

        assertThat(session.removeSignatory(later, LocalDate.of(2025, 8, 1))).isEqualTo(CampaignSession.Removal.DELETED);
        assertThat(session.removeSignatory(printed, LocalDate.of(2025, 8, 1))).isEqualTo(CampaignSession.Removal.WITHDRAWN);
        Signatory withdrawn = session.data().signatories().all().stream().filter(s -> s.id().equals("csw")).findFirst()
                .orElseThrow();
        assertThat(session.removeSignatory(withdrawn, LocalDate.of(2025, 9, 1)))
                .isEqualTo(CampaignSession.Removal.ALREADY_WITHDRAWN);

        CampaignData back = reloaded(session);
        assertThat(back.signatories().all()).noneMatch(s -> s.id().equals("later-org"));
        assertThat(back.signatories().all()).filteredOn(s -> s.id().equals("csw")).singleElement()
                .satisfies(s -> assertThat(s.withdrawnOn()).isEqualTo(LocalDate.of(2025, 8, 1)));
    }

    @OnBothDatabases
    void anExportOfUnchangedTextStillRecordsWhoItPrinted(TestDatabase db) throws Exception {
        CampaignSession session = open(db);
        session.recordExport();
        Signatory newcomer = new Signatory("newcomer", Signatory.Kind.INDIVIDUAL, 23, "A Newcomer", "", "Made-up title",
                "", null, null);
        session.saveSignatory(newcomer, Optional.empty());
        session.recordExport();  // same text, so no new version; but the newcomer went out in it

        assertThat(session.removeSignatory(newcomer, LocalDate.of(2025, 8, 1))).isEqualTo(CampaignSession.Removal.WITHDRAWN);
    }

    @OnBothDatabases
    void signatoriesAndRecipientsAreReorderedInOneTransaction(TestDatabase db) throws Exception {
        CampaignSession session = open(db);
        List<String> ids = new ArrayList<>(session.data().signatories().all().stream()
                .sorted(java.util.Comparator.comparingInt(Signatory::position)).map(Signatory::id).toList());
        java.util.Collections.swap(ids, 0, 1);
        session.reorderSignatories(ids);
        List<String> recipients = new ArrayList<>(session.data().recipients().stream().map(Recipient::id).toList());
        java.util.Collections.reverse(recipients);
        session.reorderRecipients(recipients);

        CampaignData back = reloaded(session);
        assertThat(back.signatories().all().stream().sorted(java.util.Comparator.comparingInt(Signatory::position))
                .map(Signatory::id).toList()).isEqualTo(ids);
        assertThat(back.recipients().stream().sorted(java.util.Comparator.comparingInt(Recipient::position))
                .map(Recipient::id).toList()).isEqualTo(recipients);
        assertThat(back.addressee().map(Recipient::id)).as("the first TO by position is the addressee")
                .isEqualTo(recipients.stream().map(id -> back.recipient(id).orElseThrow())
                        .filter(r -> r.role() == Recipient.Role.TO).map(Recipient::id).findFirst());
        assertThatThrownBy(() -> session.reorderSignatories(ids.subList(1, ids.size())))
                .hasMessageContaining("must list each of the 22 signatories once; it lists 21");
    }

    @OnBothDatabases
    void aRecipientIsRemovedUnlessALetterWasDeliveredToThem(TestDatabase db) throws Exception {
        CampaignSession session = open(db);
        Recipient first = session.data().recipients().get(0);
        Recipient second = session.data().recipients().get(1);
        new DeliveryLog(session.workspace()).record(CAMPAIGN, new Delivery("d1", second.id(), CampaignData.MAIN_LETTER,
                null, Delivery.Channel.POST, Delivery.Status.SENT, Instant.parse("2025-10-28T09:00:00Z"), "tester",
                "made-up address", "", "", "a".repeat(64)));
        session.reload();

        session.removeRecipient(first);

        assertThat(reloaded(session).recipients()).noneMatch(r -> r.id().equals(first.id()));
        assertThatThrownBy(() -> session.removeRecipient(second)).hasMessageContaining("cannot be deleted: 1 delivery names it");
    }

    @OnBothDatabases
    void aSourceIsAddedFromATextFileCitedEditedAndRemovedWithItsEvidence(TestDatabase db) throws Exception {
        CampaignSession session = open(db);
        Path text = temp.resolve("report.txt");
        Files.writeString(text, "A made-up report\n\nThe first paragraph of a made-up report.\n\n"
                + "The second paragraph says something worth quoting.\n");
        Source metadata = new Source("made-up-report", "", "Made-up Body", "X/1", LocalDate.of(2030, 1, 1),
                "https://example.org/report", List.of());

        Source saved = session.saveSource(metadata, Optional.of(text));
        assertThat(saved.title()).as("the document's own title").isEqualTo("A made-up report");
        assertThat(saved.paragraphs()).hasSize(3);
        session.addEvidence(new Evidence("made-up-quote", "made-up-report", "worth quoting",
                new Pinpoint(Pinpoint.Unit.PARAGRAPH, "3")));
        session.saveEvidence(new Evidence("made-up-quote", "made-up-report", "says something worth quoting",
                new Pinpoint(Pinpoint.Unit.PARAGRAPH, "3")));
        Source retitled = session.saveSource(new Source("made-up-report", "A better title", "Made-up Body", "X/1",
                LocalDate.of(2030, 1, 1), "https://example.org/report", List.of()), Optional.empty());

        assertThat(retitled.paragraphs()).as("an edit without a file keeps the text").isEqualTo(saved.paragraphs());
        CampaignData back = reloaded(session);
        assertThat(back.source("made-up-report")).contains(retitled);
        assertThat(back.evidence("made-up-quote").orElseThrow().quote()).isEqualTo("says something worth quoting");
        assertThat(session.data().sources()).isEqualTo(back.sources());

        session.removeSource(retitled);
        assertThat(reloaded(session).sources()).noneMatch(s -> s.id().equals("made-up-report"));
        assertThat(reloaded(session).evidence()).noneMatch(e -> e.citationKey().equals("made-up-quote"));
    }

    @OnBothDatabases
    void aFileThatIsNotASourceIsRefusedAndNothingIsWritten(TestDatabase db) throws Exception {
        CampaignSession session = open(db);
        Path image = temp.resolve("photo.gif");
        Files.write(image, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> session.saveSource(new Source("x", "", "", "", null, "", List.of()), Optional.of(image)))
                .isInstanceOf(ImportException.class).hasMessageContaining("photo.gif");
        assertThat(reloaded(session).sources()).noneMatch(s -> s.id().equals("x"));
    }

    /** A small generated PNG. */
    static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(60, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
