package org.appeal.ui;

import org.appeal.app.CampaignSession;
import org.appeal.app.delivery.DeliveryRecords;
import org.appeal.app.delivery.EmailDelivery;
import org.appeal.app.delivery.EncryptedPasswordFile;
import org.appeal.app.delivery.MailPasswords;
import org.appeal.app.delivery.SmtpSecurity;
import org.appeal.app.delivery.SmtpSettings;
import org.appeal.app.delivery.TestMailServer;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.domain.DeliveryLedger;
import org.appeal.domain.Recipient;
import org.appeal.export.BatchExport;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.DraftHistory;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.delivery.DeliveryViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Delivery screen's view-model without the toolkit: the sample's letters sent to GreenMail.
 * The two e-mail addresses are made up; the server refuses one of them.
 */
class DeliveryViewModelTest {
    private static final String PM = "pm-office@example.invalid";
    private static final String FM = "fm-office@example.invalid";

    @TempDir
    Path temp;

    private TestMailServer server;
    private ScriptedDialogs dialogs;
    private DeliveryViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        server = new TestMailServer(Set.of(FM));
        server.start();
        CampaignData read = new BundleReader().read(Path.of("seeds/sample-campaign"));
        List<Recipient> recipients = new ArrayList<>();
        for (Recipient r : read.recipients()) {
            String email = r.id().equals("prime-minister") ? PM : r.id().equals("foreign-minister") ? FM : r.email();
            recipients.add(new Recipient(r.id(), r.role(), r.position(), r.formOfAddress(), r.name(), r.title(),
                    r.office(), r.addressLines(), r.fax(), email));
        }
        CampaignData data = read.withRecipients(recipients);
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("workspace.db")), "kim", Clock.systemUTC());
        new CampaignStore(workspace).importCampaign(data);
        new BatchExport(new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary()))
                .export(data, data.recipients(), temp.resolve("letters"), (d, t, m) -> { }, () -> false);
        new DraftHistory(workspace).recordExport(data.campaign().id(), "kim");
        dialogs = new ScriptedDialogs();
        model = new DeliveryViewModel(CampaignSession.open(workspace, data.campaign().id()), new DeliveryRecords(workspace),
                new MailPasswords(EncryptedPasswordFile.standard(temp.resolve("config"), temp.resolve("data"))),
                new DirectUiExecutor(), dialogs, new Messages(Locale.ENGLISH), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void theScreenSaysWhoCannotGetAnEmailAndWhy() {
        assertThat(model.recipients()).extracting(r -> r.recipient().id() + " " + r.state() + " " + r.emailProblem())
                .containsExactly(
                        "president NOT_SENT 'president.go.kr' has no @: it looks like a web domain, not an e-mail address",
                        "prime-minister NOT_SENT ",
                        "foreign-minister NOT_SENT ",
                        "unification-minister NOT_SENT no e-mail address");
        assertThat(model.toSend()).extracting(Recipient::id).containsExactly("prime-minister", "foreign-minister");
        assertThat(model.preview(model.toSend().get(0)).orElseThrow().text()).startsWith("Dear Prime Minister Kim Min-seok,");
    }

    @Test
    void sendingShowsSentAndFailedRecipientsAndTheFilterPicksThem() {
        model.accountProperty().set(new SmtpSettings("localhost", server.port(), SmtpSecurity.NONE, "",
                "coalition@example.invalid", "", false));
        model.exportFolderProperty().set(temp.resolve("letters"));
        assertThat(model.needsPassword()).isFalse();

        model.send(null);

        assertThat(dialogs.shown).isEmpty();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.results()).extracting(EmailDelivery.Result::outcome)
                .containsExactly(EmailDelivery.Outcome.SENT, EmailDelivery.Outcome.FAILED);
        assertThat(model.recipients()).extracting(r -> r.recipient().id() + " " + r.state()).containsExactly(
                "president NOT_SENT", "prime-minister SENT", "foreign-minister FAILED", "unification-minister NOT_SENT");
        assertThat(server.getReceivedMessages()).hasSize(1);

        model.statusFilter().add(Delivery.Status.FAILED);
        assertThat(model.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.recipientId()).isEqualTo("foreign-minister");
            assertThat(d.note()).endsWith(TestMailServer.REFUSAL);
        });

        model.statusFilter().clear();
        Delivery sent = model.deliveries().stream().filter(d -> d.status() == Delivery.Status.SENT).findFirst().orElseThrow();
        model.changeStatus(sent, Delivery.Status.CONFIRMED, "read receipt");
        assertThat(model.recipients().get(1).state()).isEqualTo(DeliveryLedger.State.CONFIRMED);
        assertThat(model.toSend()).extracting(Recipient::id).containsExactly("foreign-minister");
    }
}
