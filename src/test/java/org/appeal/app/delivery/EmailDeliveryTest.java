package org.appeal.app.delivery;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.domain.DeliveryLedger;
import org.appeal.domain.PdfFingerprint;
import org.appeal.domain.Recipient;
import org.appeal.export.BatchExport;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.DeliveryLog;
import org.appeal.store.db.DraftHistory;
import org.appeal.store.db.OnBothDatabases;
import org.appeal.store.db.TestDatabase;
import org.appeal.store.db.Versioned;
import org.appeal.store.db.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample campaign's letters sent to an in-process SMTP server (GreenMail) on both databases.
 * The offices are the sample's; the e-mail addresses given to two of them are made up
 * ({@code .invalid}), and the server is told to refuse one of them.
 */
class EmailDeliveryTest {
    static final String PM = "pm-office@example.invalid";
    static final String FM = "fm-office@example.invalid";
    private static final Instant NOW = Instant.parse("2025-10-28T09:30:00Z");

    @TempDir
    static Path exported;

    private static CampaignData sample;
    private static List<Path> files;

    private TestMailServer server;

    @BeforeAll
    static void exportTheSampleLetters() throws Exception {
        CampaignData read = new BundleReader().read(Path.of("seeds/sample-campaign"));
        List<Recipient> recipients = new ArrayList<>();
        for (Recipient r : read.recipients()) {
            String email = switch (r.id()) {
                case "prime-minister" -> PM;
                case "foreign-minister" -> FM;
                default -> r.email();
            };
            recipients.add(new Recipient(r.id(), r.role(), r.position(), r.formOfAddress(), r.name(), r.title(),
                    r.office(), r.addressLines(), r.fax(), email));
        }
        sample = read.withRecipients(recipients);
        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
        files = new BatchExport(renderer).export(sample, sample.recipients(), exported, (d, t, m) -> { }, () -> false)
                .files();
    }

    @BeforeEach
    void startServer() {
        server = new TestMailServer(Set.of(FM));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private SmtpSettings settings() {
        return new SmtpSettings("localhost", server.port(), SmtpSecurity.NONE, "", "coalition@example.invalid",
                "Example Coalition (test)", false);
    }

    @OnBothDatabases
    void eachRecipientGetsTheirOwnPdfAndTheRecordSaysWhatHappened(TestDatabase db) throws Exception {
        Workspace workspace = db.open("kim");
        new CampaignStore(workspace).importCampaign(sample);
        int version = new DraftHistory(workspace).recordExport(sample.campaign().id(), "kim").number();
        Set<String> everyone = sample.recipients().stream().map(Recipient::id).collect(Collectors.toSet());
        LetterAttachments.Found found = LetterAttachments.inFolder(exported, sample.letter(), sample.recipients(),
                everyone, version);
        List<EmailDelivery.Result> progress = new ArrayList<>();

        List<EmailDelivery.Result> results = new EmailDelivery(workspace, Clock.fixed(NOW, ZoneOffset.UTC)).send(sample,
                CampaignData.MAIN_LETTER, found.letters(), CoverNote.from(sample, sample.letter()), settings(),
                new char[0], (done, total, result) -> progress.add(result), () -> false);

        assertThat(found.missing()).isEmpty();
        assertThat(progress).isEqualTo(results);
        assertThat(results).extracting(r -> r.recipient().id() + " " + r.outcome() + ": " + r.detail()).containsExactly(
                "president NOT_SENT: not sent: 'president.go.kr' has no @: it looks like a web domain, not an e-mail address",
                "unification-minister NOT_SENT: not sent: no e-mail address",
                "prime-minister SENT: sent to " + PM,
                "foreign-minister FAILED: refused: " + TestMailServer.REFUSAL);

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(PM);
        assertThat(message.getSubject()).isEqualTo("2025 North Korean human rights resolution to be adopted at the 80th"
                + " United Nations General Assembly");
        Multipart parts = (Multipart) message.getContent();
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).startsWith("Dear Prime Minister Kim Min-seok,\n\nPlease"
                + " find attached our letter of October 28, 2025: 2025 North Korean");
        Part attachment = parts.getBodyPart(1);
        Path sentFile = files.get(1);
        assertThat(attachment.getFileName()).isEqualTo(sentFile.getFileName().toString());
        byte[] attached = attachment.getInputStream().readAllBytes();

        List<Delivery> recorded = new DeliveryLog(workspace).all(sample.campaign().id()).stream().map(Versioned::value).toList();
        assertThat(recorded).hasSize(2);
        Delivery sent = recorded.get(0);
        assertThat(sent.status()).isEqualTo(Delivery.Status.SENT);
        assertThat(sent.pdfSha256()).isEqualTo(PdfFingerprint.of(attached))
                .isEqualTo(PdfFingerprint.of(java.nio.file.Files.readAllBytes(sentFile)));
        assertThat(sent.reference()).isEqualTo(message.getMessageID());
        assertThat(sent).extracting(Delivery::recipientId, Delivery::channel, Delivery::at, Delivery::by,
                        Delivery::address, Delivery::letterVersion)
                .containsExactly("prime-minister", Delivery.Channel.EMAIL, NOW, "kim", PM, version);
        Delivery failed = recorded.get(1);
        assertThat(failed.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(failed.recipientId()).isEqualTo("foreign-minister");
        assertThat(failed.note()).isEqualTo("the mail server localhost refused it: " + TestMailServer.REFUSAL);
        assertThat(DeliveryLedger.of(sample.recipients(), recorded, CampaignData.MAIN_LETTER).stillToGet())
                .extracting(e -> e.recipient().id())
                .containsExactly("president", "foreign-minister", "unification-minister");
    }

    @OnBothDatabases
    void aServerThatCannotBeReachedSendsAndRecordsNothing(TestDatabase db) throws Exception {
        Workspace workspace = db.open("kim");
        new CampaignStore(workspace).importCampaign(sample);
        LetterAttachments.Found found = LetterAttachments.inFolder(exported, sample.letter(), sample.recipients(),
                Set.of("prime-minister"), null);
        int port = server.port();
        server.stop();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EmailDelivery(workspace, Clock.systemUTC()).send(
                        sample, CampaignData.MAIN_LETTER, found.letters(), CoverNote.from(sample, sample.letter()),
                        new SmtpSettings("localhost", port, SmtpSecurity.NONE, "", "coalition@example.invalid", "", false),
                        new char[0], (d, t, r) -> { }, () -> false))
                .isInstanceOf(MailFailure.class)
                .hasMessageStartingWith("cannot connect to the mail server localhost:" + port + " (NONE): ");
        assertThat(new DeliveryLog(workspace).all(sample.campaign().id())).isEmpty();
    }
}
