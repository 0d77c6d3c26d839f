package org.appeal.app.delivery;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import org.appeal.domain.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mail account: its settings, what Jakarta Mail is told, and a refused login. Addresses are made up. */
class SmtpAccountTest {
    @TempDir
    Path temp;

    @Test
    void anUnencryptedConnectionIsOnlyForThisMachine() {
        assertThatThrownBy(() -> new SmtpSettings("smtp.example.org", 25, SmtpSecurity.NONE, "kim", "kim@example.org", "",
                false)).hasMessage("an unencrypted connection is allowed only to a server on this machine (localhost),"
                + " not to smtp.example.org: the password and the letters would cross the network in clear text."
                + " Choose STARTTLS or TLS");
        assertThat(new SmtpSettings("127.0.0.1", 2525, SmtpSecurity.NONE, "", "kim@example.org", "", false).security())
                .isEqualTo(SmtpSecurity.NONE);
        assertThatThrownBy(() -> new SmtpSettings("smtp.example.org", 587, SmtpSecurity.STARTTLS, "kim", "president.go.kr",
                "", false)).hasMessage("the sender's address: 'president.go.kr' has no @: it looks like a web domain,"
                + " not an e-mail address");
        assertThatThrownBy(() -> new SmtpSettings("smtp.example.org", 0, SmtpSecurity.TLS, "kim", "kim@example.org", "",
                false)).hasMessage("a mail server's port is 1 to 65535, not 0");
    }

    @Test
    void starttlsIsRequiredNotMerelyOfferedAndServerNamesAreChecked() {
        Properties starttls = SmtpConnection.properties(new SmtpSettings("smtp.example.org", 587, SmtpSecurity.STARTTLS,
                "kim", "kim@example.org", "", false));
        Properties tls = SmtpConnection.properties(new SmtpSettings("smtp.example.org", 465, SmtpSecurity.TLS,
                "kim", "kim@example.org", "", false));

        assertThat(starttls).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.timeout", "60000")
                .doesNotContainKey("mail.debug");
        assertThat(tls).containsEntry("mail.transport.protocol", "smtps")
                .containsEntry("mail.smtps.ssl.enable", "true")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "true");
        assertThat(starttls.toString() + tls).doesNotContainIgnoringCase("password");
    }

    @Test
    void aRefusedLoginIsSaidSoAndSendsNothing() throws Exception {
        TestMailServer server = new TestMailServer(Set.of());
        server.withConfiguration(GreenMailConfiguration.aConfig().withUser("kim@example.invalid", "kim", "right"));
        server.start();
        try {
            SmtpSettings account = new SmtpSettings("localhost", server.port(), SmtpSecurity.NONE, "kim",
                    "kim@example.invalid", "", false);

            assertThatThrownBy(() -> SmtpConnection.open(account, "wrong".toCharArray()))
                    .isInstanceOfSatisfying(MailFailure.class, e -> assertThat(e.loginRefused()).isTrue())
                    .hasMessageStartingWith("the mail server localhost refused the login of kim: 535");
            try (SmtpConnection connection = SmtpConnection.open(account, "right".toCharArray())) {
                connection.send("someone@example.invalid", "Subject", "Text", "a.pdf", new byte[] {1, 2, 3},
                        Instant.parse("2025-10-28T09:30:00Z"));
            }
            assertThat(server.getReceivedMessages()).hasSize(1);
        } finally {
            server.stop();
        }
    }

    @Test
    void starttlsIsNeverSkippedWhenTheServerDoesNotOfferIt() {
        TestMailServer plain = new TestMailServer(Set.of());
        plain.start();
        try {
            SmtpSettings account = new SmtpSettings("localhost", plain.port(), SmtpSecurity.STARTTLS, "",
                    "kim@example.invalid", "", false);

            assertThatThrownBy(() -> SmtpConnection.open(account, new char[0]))
                    .isInstanceOf(MailFailure.class)
                    .hasMessageStartingWith("cannot connect to the mail server localhost:" + plain.port() + " (STARTTLS): ")
                    .hasMessageContaining("STARTTLS");
            assertThat(plain.getReceivedMessages()).isEmpty();
        } finally {
            plain.stop();
        }
    }

    @Test
    void aTlsServerWhoseCertificateIsNotTrustedIsRefused() {
        // GreenMail's SMTPS presents its own self-signed certificate, which nothing trusts.
        com.icegreen.greenmail.util.GreenMail tls = new com.icegreen.greenmail.util.GreenMail(
                com.icegreen.greenmail.util.ServerSetupTest.SMTPS.dynamicPort());
        tls.start();
        try {
            int port = tls.getSmtps().getPort();
            SmtpSettings account = new SmtpSettings("localhost", port, SmtpSecurity.TLS, "", "kim@example.invalid", "",
                    false);

            assertThatThrownBy(() -> SmtpConnection.open(account, new char[0]))
                    .isInstanceOf(MailFailure.class)
                    .hasMessageStartingWith("cannot connect to the mail server localhost:" + port + " (TLS): ");
            assertThat(tls.getReceivedMessages()).isEmpty();
        } finally {
            tls.stop();
        }
    }

    @Test
    void settingsRoundTripAndNeverHoldThePassword() throws Exception {
        MailSettingsFile file = MailSettingsFile.besides(temp.resolve("settings.properties"));
        SmtpSettings account = new SmtpSettings("smtp.example.org", 587, SmtpSecurity.STARTTLS, "kim",
                "kim@example.org", "예시 연대 (Example Coalition)", true);

        assertThat(file.load()).isEmpty();
        file.save(account);

        assertThat(file.path()).isEqualTo(temp.resolve("mail.properties"));
        assertThat(file.load()).contains(account);
        assertThat(Files.readString(file.path(), StandardCharsets.UTF_8)).doesNotContain("secret")
                .contains("the password is never kept in this file");
        Files.writeString(file.path(), "smtp.host=smtp.example.org\nsmtp.port=587\nsmtp.security=ROT13\n"
                + "mail.from=kim@example.org\n");
        assertThatThrownBy(file::load).hasMessage(file.path() + ": smtp.security is 'ROT13', not STARTTLS, TLS or NONE");
    }

    @Test
    void theCoverNoteFillsInEachRecipientAndRefusesUnknownPlaceholders() throws Exception {
        var data = new org.appeal.store.bundle.BundleReader().read(Path.of("seeds/sample-campaign"));
        Recipient president = data.recipient("president").orElseThrow();
        Recipient unnamed = new Recipient("x", Recipient.Role.CC, 9, "", "", "", "", List.of(), "", "");

        CoverNote.Filled filled = new CoverNote("Re: {subject}", "Dear {salutation}, ({name}) {date}")
                .fill(data, data.letter(), president);

        assertThat(filled.subject()).isEqualTo("Re: 2025 North Korean human rights resolution to be adopted at the 80th"
                + " United Nations General Assembly");
        assertThat(filled.text()).isEqualTo("Dear President Lee Jae-myung, (Lee Jae-myung) October 28, 2025");
        assertThat(CoverNote.salutation(unnamed)).isEqualTo("Sir or Madam");
        assertThat(new CoverNote("{subjet}", "Dear {salutaton},").problems()).containsExactly(
                "unknown placeholder {subjet} (known: {salutation}, {name}, {subject}, {date}, {coalition})",
                "unknown placeholder {salutaton} (known: {salutation}, {name}, {subject}, {date}, {coalition})");
        assertThat(new CoverNote(" ", "text").problems()).containsExactly("the subject is empty");
    }
}
