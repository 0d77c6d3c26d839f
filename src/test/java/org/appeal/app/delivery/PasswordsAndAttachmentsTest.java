package org.appeal.app.delivery;

import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.export.ExportFileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the mail password goes (and does not), and which PDF is attached. Everything here is made up. */
class PasswordsAndAttachmentsTest {
    private static final String PASSWORD = "made-up pässwörd 123";

    @TempDir
    Path temp;

    private SmtpSettings account(boolean store) {
        return new SmtpSettings("smtp.example.org", 587, SmtpSecurity.STARTTLS, "kim", "kim@example.org", "", store);
    }

    private EncryptedPasswordFile file() {
        return EncryptedPasswordFile.standard(temp.resolve("config"), temp.resolve("data"));
    }

    @Test
    void theUsersFilesAreInTwoFolders() throws Exception {
        Path home = temp.resolve("home");
        new MailPasswords(EncryptedPasswordFile.forUser(java.util.Map.of(), home)).remember(account(true),
                PASSWORD.toCharArray());

        assertThat(home.resolve(".config/appeal/mail-passwords")).isRegularFile();
        assertThat(home.resolve(".local/share/appeal/mail.key")).isRegularFile();
        assertThat(new MailPasswords(EncryptedPasswordFile.forUser(java.util.Map.of("XDG_DATA_HOME",
                temp.resolve("elsewhere").toString()), home)).find(account(true))).isEmpty();
    }

    @Test
    void withoutStoringThePasswordLivesInMemoryOnly() throws Exception {
        MailPasswords passwords = new MailPasswords(file());

        passwords.remember(account(false), PASSWORD.toCharArray());

        assertThat(passwords.find(account(false))).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo(PASSWORD));
        assertThat(temp.resolve("config")).doesNotExist();
        assertThat(temp.resolve("data")).doesNotExist();
        passwords.forgetAll();
        assertThat(passwords.find(account(false))).isEmpty();
    }

    @Test
    void storedItIsEncryptedWithAKeyOnlyTheUserCanRead() throws Exception {
        new MailPasswords(file()).remember(account(true), PASSWORD.toCharArray());

        Path sealed = temp.resolve("config/mail-passwords");
        Path key = temp.resolve("data/mail.key");
        assertThat(Files.readString(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("made-up", "p\u00e4ssw")
                .contains("kim@smtp.example.org\\:587=");
        assertThat(new String(Files.readAllBytes(sealed), StandardCharsets.UTF_8)).doesNotContain(PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sealed))).isEqualTo("rw-------");
        // A new run of the app: nothing in memory, the stored one is found.
        assertThat(new MailPasswords(file()).find(account(true)))
                .hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo(PASSWORD));
    }

    @Test
    void aKeyFileOthersCanReadIsNotUsed() throws Exception {
        new MailPasswords(file()).remember(account(true), PASSWORD.toCharArray());
        Path key = temp.resolve("data/mail.key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> new MailPasswords(file()).find(account(true)))
                .hasMessage("the key file " + key + " can be read by others (rw-r--r--); make it yours alone (chmod 600)"
                        + " or delete it and enter the password again");
    }

    @Test
    void choosingNotToStoreAnyMoreRemovesTheStoredOne() throws Exception {
        MailPasswords passwords = new MailPasswords(file());
        passwords.remember(account(true), PASSWORD.toCharArray());

        passwords.remember(account(false), PASSWORD.toCharArray());

        assertThat(new MailPasswords(file()).find(account(true))).isEmpty();
    }

    @Test
    void theSignedCopyIsAttachedWhenItSignsExactlyTheExportedFile() throws Exception {
        LetterDraft letter = new LetterDraft("Made-up subject", LocalDate.of(2030, 1, 15), "", "letter.html.vm",
                LocalDate.of(2030, 1, 10));
        List<Recipient> recipients = List.of(
                new Recipient("alpha", Recipient.Role.TO, 1, "Minister Alpha", "Alpha", "", "", List.of(), "", "a@example.invalid"),
                new Recipient("beta", Recipient.Role.CC, 2, "", "Beta", "Envoy", "", List.of(), "", "b@example.invalid"),
                new Recipient("gamma", Recipient.Role.CC, 3, "", "Gamma", "Envoy", "", List.of(), "", "c@example.invalid"),
                new Recipient("delta", Recipient.Role.CC, 4, "", "Delta", "Envoy", "", List.of(), "", "d@example.invalid"));
        ExportFileNames names = new ExportFileNames();
        List<String> files = recipients.stream().map(r -> names.next(letter, r)).toList();
        byte[] plain = "%PDF made up".getBytes(StandardCharsets.US_ASCII);
        byte[] signed = "%PDF made up + an incremental signature".getBytes(StandardCharsets.US_ASCII);
        Files.write(temp.resolve(files.get(0)), plain);
        Files.write(temp.resolve(files.get(0).replace(".pdf", "-signed.pdf")), signed);
        Files.write(temp.resolve(files.get(1)), plain);
        Files.write(temp.resolve(files.get(2)), plain);
        Files.write(temp.resolve(files.get(2).replace(".pdf", "-signed.pdf")), "%PDF another export, signed".getBytes());

        LetterAttachments.Found found = LetterAttachments.inFolder(temp, letter, recipients,
                Set.of("alpha", "beta", "gamma", "delta"), 7);

        assertThat(found.letters()).extracting(l -> l.recipient().id() + " " + l.fileName() + " v" + l.letterVersion())
                .containsExactly("alpha " + files.get(0).replace(".pdf", "-signed.pdf") + " v7", "beta " + files.get(1) + " v7");
        assertThat(found.letters().get(0).pdf()).isEqualTo(signed);
        assertThat(found.missing()).extracting(m -> m.recipient().id() + ": " + m.reason()).containsExactly(
                "gamma: " + files.get(2).replace(".pdf", "-signed.pdf") + " is not a signed copy of " + files.get(2)
                        + " (it signs another export): sign " + files.get(2) + " again",
                "delta: no " + files.get(3) + " in " + temp + ": export the letters there first");
    }
}
