package org.appeal.app.delivery;

import org.appeal.store.AtomicFile;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The mail account in {@code mail.properties} beside the app's settings, written atomically. It
 * never holds a password, in clear text or otherwise (see {@link MailPasswords}).
 */
public final class MailSettingsFile {
    private final Path file;

    public MailSettingsFile(Path file) {
        this.file = file;
    }

    /** {@code mail.properties} in the folder of the app's {@code settings.properties}. */
    public static MailSettingsFile besides(Path settingsFile) {
        return new MailSettingsFile(settingsFile.resolveSibling("mail.properties"));
    }

    public Path path() {
        return file;
    }

    /**
     * The account, or empty when none was set up.
     *
     * @throws IllegalArgumentException naming the file and the value when the file holds one that is not usable
     */
    public Optional<SmtpSettings> load() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        String port = p.getProperty("smtp.port", "").strip();
        String security = p.getProperty("smtp.security", "").strip();
        try {
            return Optional.of(new SmtpSettings(p.getProperty("smtp.host"), Integer.parseInt(port),
                    SmtpSecurity.valueOf(security.toUpperCase(Locale.ROOT)), p.getProperty("smtp.user"),
                    p.getProperty("mail.from"), p.getProperty("mail.from.name"),
                    Boolean.parseBoolean(p.getProperty("smtp.password.stored", "false"))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": smtp.port is not a number: '" + port + "'", e);
        } catch (IllegalArgumentException e) {
            String message = security.isEmpty() || isSecurity(security) ? e.getMessage()
                    : "smtp.security is '" + security + "', not STARTTLS, TLS or NONE";
            throw new IllegalArgumentException(file + ": " + message, e);
        }
    }

    private static boolean isSecurity(String value) {
        for (SmtpSecurity s : SmtpSecurity.values()) {
            if (s.name().equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    public void save(SmtpSettings settings) throws IOException {
        Properties p = new Properties();
        p.setProperty("smtp.host", settings.host());
        p.setProperty("smtp.port", String.valueOf(settings.port()));
        p.setProperty("smtp.security", settings.security().name());
        p.setProperty("smtp.user", settings.user());
        p.setProperty("mail.from", settings.fromAddress());
        p.setProperty("mail.from.name", settings.fromName());
        p.setProperty("smtp.password.stored", String.valueOf(settings.storePassword()));
        StringWriter text = new StringWriter();
        p.store(text, "Appeal mail account (the password is never kept in this file)");
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
