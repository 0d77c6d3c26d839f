package org.appeal.ui;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import org.appeal.app.delivery.EncryptedPasswordFile;
import org.appeal.app.delivery.MailAccount;
import org.appeal.app.delivery.MailPasswords;
import org.appeal.app.delivery.MailSettingsFile;
import org.appeal.app.delivery.SmtpSecurity;
import org.appeal.app.delivery.SmtpSettings;
import org.appeal.app.delivery.TestMailServer;
import org.appeal.domain.Delivery;
import org.appeal.domain.Recipient;
import org.appeal.store.bundle.BundleReader;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.delivery.MailSettingsViewModel;
import org.appeal.ui.delivery.RecordDeliveryViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The Delivery screen's two forms without the toolkit: the mail account and recording a fax, post or hand delivery. */
class DeliveryFormsTest {
    private static final Clock SEOUL_MORNING = Clock.fixed(Instant.parse("2025-10-29T00:30:00Z"), ZoneId.of("Asia/Seoul"));

    @TempDir
    Path temp;

    private final Messages messages = new Messages(Locale.ENGLISH);

    private Recipient recipient(String id) throws Exception {
        return new BundleReader().read(Path.of("seeds/sample-campaign")).recipients().stream()
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theRecordFormStartsNowFillsTheAddressPerChannelAndSaysWhatIsMissing() throws Exception {
        RecordDeliveryViewModel form = new RecordDeliveryViewModel(recipient("unification-minister"), messages, SEOUL_MORNING);

        assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(form.timeProperty().get()).isEqualTo("09:30");
        assertThat(form.addressProperty().get()).isEqualTo("+82 2 2100 5851/49");
        form.channelProperty().set(Delivery.Channel.POST);
        assertThat(form.addressProperty().get()).isEqualTo("209 Sejong-daero, Jongno-gu, Seoul 03171, Republic of Korea");
        form.channelProperty().set(Delivery.Channel.BY_HAND);
        assertThat(form.addressProperty().get()).isEmpty();

        form.timeProperty().set("25:70");
        assertThat(form.problems()).containsExactly(
                "The time \u201c25:70\u201d is not a time of day such as 14:30.",
                "Choose the PDF that was sent: its SHA-256 is the proof of what went out.");
        form.statusProperty().set(Delivery.Status.PLANNED);
        form.timeProperty().set("14:05");
        assertThat(form.problems()).isEmpty();

        Path pdf = Files.write(temp.resolve("sent.pdf"), new byte[] {'%', 'P', 'D', 'F'});  // made up: only its hash counts
        form.statusProperty().set(Delivery.Status.SENT);
        form.fileProperty().set(pdf);
        form.referenceProperty().set("  RR 123 456 789 KR ");
        RecordDeliveryViewModel.Entry entry = form.entry();
        assertThat(entry.at()).isEqualTo(Instant.parse("2025-10-29T05:05:00Z"));
        assertThat(entry.reference()).isEqualTo("RR 123 456 789 KR");
        assertThat(entry.file()).isEqualTo(pdf);

        form.fileProperty().set(temp.resolve("gone.pdf"));
        assertThat(form.problems()).containsExactly(temp.resolve("gone.pdf") + " is not a file.");
        form.recipientProperty().set(null);
        assertThat(form.problems()).startsWith("Choose the recipient.");
    }

    @Test
    void theAccountFormChecksSavesWithoutAPasswordAndReadsBack() throws Exception {
        MailAccount account = MailAccount.besides(temp.resolve("settings.properties"));
        MailSettingsViewModel form = new MailSettingsViewModel(account, new DirectUiExecutor(), messages);

        assertThat(form.portProperty().get()).isEqualTo("587");
        form.securityProperty().set(SmtpSecurity.TLS);
        assertThat(form.portProperty().get()).as("the usual port follows").isEqualTo("465");
        form.portProperty().set("2465");
        form.securityProperty().set(SmtpSecurity.STARTTLS);
        assertThat(form.portProperty().get()).as("a typed port stays").isEqualTo("2465");

        form.portProperty().set("five");
        assertThat(form.save()).isFalse();
        assertThat(form.messageProperty().get()).isEqualTo("The port must be a number, not \u201cfive\u201d.");
        form.portProperty().set("25");
        form.securityProperty().set(SmtpSecurity.NONE);
        form.hostProperty().set("smtp.example.org");
        form.fromAddressProperty().set("letters@coalition.example");
        assertThat(form.save()).isFalse();
        assertThat(form.messageProperty().get()).startsWith("The account cannot be used: an unencrypted connection is"
                + " allowed only to a server on this machine");
        assertThat(account.settings().path()).doesNotExist();

        form.securityProperty().set(SmtpSecurity.STARTTLS);
        form.userProperty().set("kim");
        assertThat(form.save()).isTrue();
        assertThat(form.savedProperty().get()).isEqualTo(new SmtpSettings("smtp.example.org", 587, SmtpSecurity.STARTTLS,
                "kim", "letters@coalition.example", "", false));
        assertThat(Files.readString(account.settings().path())).doesNotContainIgnoringCase("password=");
        assertThat(form.needsPassword()).isTrue();

        MailSettingsViewModel again = new MailSettingsViewModel(account, new DirectUiExecutor(), messages);
        again.load();
        assertThat(again.savedProperty().get()).isEqualTo(form.savedProperty().get());
        assertThat(again.hostProperty().get()).isEqualTo("smtp.example.org");

        Files.writeString(account.settings().path(), "smtp.host=x\nsmtp.port=ninety\nsmtp.security=TLS\n");
        MailSettingsViewModel damaged = new MailSettingsViewModel(account, new DirectUiExecutor(), messages);
        damaged.load();
        assertThat(damaged.messageProperty().get()).isEqualTo("The saved mail account could not be read: "
                + account.settings().path() + ": smtp.port is not a number: 'ninety'");
        assertThat(damaged.savedProperty().get()).isNull();
    }

    @Test
    void testingTheConnectionKeepsAPasswordThatWorkedAndForgetsOneRefused() throws Exception {
        TestMailServer server = new TestMailServer(Set.of());
        server.withConfiguration(GreenMailConfiguration.aConfig().withUser("kim@example.invalid", "kim", "right"));
        server.start();
        try {
            MailPasswords passwords = new MailPasswords(EncryptedPasswordFile.standard(temp, temp));
            MailAccount account = new MailAccount(MailSettingsFile.besides(temp.resolve("settings.properties")), passwords);
            MailSettingsViewModel form = new MailSettingsViewModel(account, new DirectUiExecutor(), messages);
            form.hostProperty().set("localhost");
            form.securityProperty().set(SmtpSecurity.NONE);
            form.portProperty().set(String.valueOf(server.port()));
            form.userProperty().set("kim");
            form.fromAddressProperty().set("kim@example.invalid");
            SmtpSettings settings = form.settings().orElseThrow();

            char[] wrong = "wrong".toCharArray();
            form.testConnection(wrong);
            assertThat(form.messageProperty().get()).startsWith("The connection failed: the mail server localhost refused"
                    + " the login of kim: 535");
            assertThat(wrong).as("the typed password is wiped").containsOnly('\0');
            assertThat(passwords.find(settings)).isEmpty();

            form.testConnection("right".toCharArray());
            assertThat(form.messageProperty().get()).isEqualTo("Connected to localhost:" + server.port()
                    + " and logged in. Nothing was sent.");
            assertThat(passwords.find(settings)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("right"));
            assertThat(form.needsPassword()).isFalse();
            assertThat(server.getReceivedMessages()).isEmpty();
            assertThat(temp.resolve("mail-passwords")).as("not stored unless asked").doesNotExist();
        } finally {
            server.stop();
        }
    }
}
