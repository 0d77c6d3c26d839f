package org.appeal.app.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * One connection to the account's mail server (Jakarta Mail, Eclipse Angus), over which each
 * recipient gets a message of their own. The password is passed to the server and not kept.
 * Debug output is off: Jakarta Mail's would show the login exchange.
 */
final class SmtpConnection implements AutoCloseable {
    /** No timeout would let a server that stops answering hang the sending for ever. */
    static final int TIMEOUT_MILLIS = 60_000;

    private final SmtpSettings settings;
    private final Session session;
    private final Transport transport;

    private SmtpConnection(SmtpSettings settings, Session session, Transport transport) {
        this.settings = settings;
        this.session = session;
        this.transport = transport;
    }

    static SmtpConnection open(SmtpSettings settings, char[] password) throws MailFailure {
        Session session = Session.getInstance(properties(settings));
        session.setDebug(false);
        Transport transport;
        try {
            transport = session.getTransport(protocol(settings));
        } catch (MessagingException e) {
            throw new MailFailure("this Java has no " + protocol(settings) + " support: " + e.getMessage(), false, e);
        }
        try {
            if (settings.authenticates()) {
                transport.connect(settings.host(), settings.port(), settings.user(), new String(password));
            } else {
                transport.connect(settings.host(), settings.port(), null, null);
            }
        } catch (AuthenticationFailedException e) {
            throw new MailFailure("the mail server " + settings.host() + " refused the login of " + settings.user()
                    + ": " + ServerWords.of(e), true, e);
        } catch (MessagingException e) {
            throw new MailFailure("cannot connect to the mail server " + settings.host() + ":" + settings.port() + " ("
                    + settings.security() + "): " + ServerWords.of(e), false, e);
        }
        return new SmtpConnection(settings, session, transport);
    }

    static String protocol(SmtpSettings settings) {
        return settings.security() == SmtpSecurity.TLS ? "smtps" : "smtp";
    }

    /** What Jakarta Mail is told: protection required, never offered and dropped; server names checked. */
    static Properties properties(SmtpSettings settings) {
        String p = "mail." + protocol(settings) + ".";
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", protocol(settings));
        properties.setProperty(p + "host", settings.host());
        properties.setProperty(p + "port", String.valueOf(settings.port()));
        properties.setProperty(p + "auth", String.valueOf(settings.authenticates()));
        properties.setProperty(p + "from", settings.fromAddress());
        properties.setProperty(p + "connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.setProperty(p + "timeout", String.valueOf(TIMEOUT_MILLIS));
        properties.setProperty(p + "writetimeout", String.valueOf(TIMEOUT_MILLIS));
        switch (settings.security()) {
            case STARTTLS -> {
                properties.setProperty(p + "starttls.enable", "true");
                properties.setProperty(p + "starttls.required", "true");
                properties.setProperty(p + "ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.setProperty(p + "ssl.enable", "true");
                properties.setProperty(p + "ssl.checkserveridentity", "true");
            }
            case NONE -> properties.setProperty(p + "starttls.enable", "false");
        }
        return properties;
    }

    /**
     * Sends one message with one attachment to one address.
     *
     * @return the message's Message-ID, the reference the delivery records
     * @throws MessagingException as the server refused it; {@link ServerWords#of} gives its words
     */
    String send(String to, String subject, String text, String fileName, byte[] pdf, Instant date)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(settings.fromName().isEmpty() ? new InternetAddress(settings.fromAddress())
                    : new InternetAddress(settings.fromAddress(), settings.fromName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("every Java has UTF-8", e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(Date.from(date));
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName(fileName);
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(body);
        parts.addBodyPart(attachment);
        message.setContent(parts);
        message.saveChanges();
        if (!transport.isConnected()) {
            transport.connect();
        }
        transport.sendMessage(message, message.getAllRecipients());
        return message.getMessageID();
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            // Every message was handed over or recorded as failed already; a failed goodbye changes nothing.
        }
    }

    /** The server's own words in a refusal ("550 5.1.1 <x@example.org>: mailbox unknown"), not Java's. */
    static final class ServerWords {
        private ServerWords() {
        }

        static String of(Exception failure) {
            List<String> replies = new ArrayList<>();
            Throwable current = failure;
            String last = null;
            while (current != null) {
                String message = current.getMessage();
                if (message != null) {
                    last = message.strip();
                    if (last.matches("(?s)^[2-5]\\d\\d[ -].*") && !replies.contains(last)) {
                        replies.add(last);
                    }
                }
                Throwable next = current instanceof MessagingException m && m.getNextException() != null
                        ? m.getNextException() : current.getCause();
                current = next == current ? null : next;
            }
            if (!replies.isEmpty()) {
                return String.join("; ", replies);
            }
            return last == null ? failure.getClass().getSimpleName() : last;
        }
    }
}
