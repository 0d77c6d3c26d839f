package org.appeal.app.delivery;

import jakarta.mail.MessagingException;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.domain.EmailAddress;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.store.db.DeliveryLog;
import org.appeal.store.db.StoreException;
import org.appeal.store.db.Workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Sends each recipient their own PDF by e-mail and writes what happened into the delivery record,
 * one recipient at a time: a message the server took is {@link Delivery.Status#SENT} with its
 * Message-ID, one it refused is {@link Delivery.Status#FAILED} with the server's words. Each
 * result is recorded right after its message, so an interruption leaves a record of exactly what
 * went out. Toolkit-free: the app runs it in a background task, tests call it directly.
 */
public final class EmailDelivery {
    public enum Outcome {
        SENT, FAILED,
        /** Not attempted: no usable address, or cancelled before its turn. Nothing is recorded. */
        NOT_SENT
    }

    /** What happened for one recipient; {@code delivery} is the record written, null when nothing was. */
    public record Result(Recipient recipient, Outcome outcome, String detail, Delivery delivery) {
    }

    /** Told after each recipient: {@code done} of {@code total}. */
    public interface Progress {
        void sent(int done, int total, Result result);
    }

    /** A recipient an e-mail cannot go to, and why, in words for the screen. */
    public record Refusal(Recipient recipient, String reason) {
    }

    /** The recipients with an address that looks like an e-mail address, and the others with the reason. */
    public record Addressees(List<Recipient> sendable, List<Refusal> refused) {
        public Addressees {
            sendable = List.copyOf(sendable);
            refused = List.copyOf(refused);
        }
    }

    private final Workspace workspace;
    private final Clock clock;

    public EmailDelivery(Workspace workspace, Clock clock) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static Addressees addressees(List<Recipient> recipients) {
        List<Recipient> sendable = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Recipient r : recipients) {
            EmailAddress.problem(r.email()).ifPresentOrElse(reason -> refused.add(new Refusal(r, reason)),
                    () -> sendable.add(r));
        }
        return new Addressees(sendable, refused);
    }

    /**
     * Sends the letters of {@code letterName}, each to its recipient's e-mail address.
     *
     * @param password the account's password (ignored when it needs no login); the caller wipes it
     * @throws MailFailure              when the server cannot be reached or refuses the login: nothing was sent
     * @throws IllegalArgumentException when the cover note has unknown placeholders or the letter does not exist
     */
    public List<Result> send(CampaignData data, String letterName, List<OutgoingLetter> letters, CoverNote note,
                             SmtpSettings settings, char[] password, Progress progress, BooleanSupplier cancelled)
            throws MailFailure {
        LetterDraft letter = data.letter(letterName).orElseThrow(() -> new IllegalArgumentException(
                "campaign '" + data.campaign().id() + "' has no letter '" + letterName + "'"));
        if (!note.problems().isEmpty()) {
            throw new IllegalArgumentException("the message cannot be sent: " + String.join("; ", note.problems()));
        }
        int total = letters.size();
        List<Result> results = new ArrayList<>();
        List<OutgoingLetter> sendable = new ArrayList<>();
        for (OutgoingLetter outgoing : letters) {
            String problem = EmailAddress.problem(outgoing.recipient().email()).orElse(null);
            if (problem == null) {
                sendable.add(outgoing);
            } else {
                report(results, progress, total, new Result(outgoing.recipient(), Outcome.NOT_SENT,
                        "not sent: " + problem, null));
            }
        }
        if (sendable.isEmpty()) {
            return results;
        }
        DeliveryLog log = new DeliveryLog(workspace);
        try (SmtpConnection connection = SmtpConnection.open(settings, password)) {
            for (OutgoingLetter outgoing : sendable) {
                if (cancelled.getAsBoolean()) {
                    report(results, progress, total, new Result(outgoing.recipient(), Outcome.NOT_SENT,
                            "not sent: cancelled", null));
                    continue;
                }
                report(results, progress, total, sendOne(connection, log, data, letterName, letter, outgoing, note,
                        settings));
            }
        }
        return results;
    }

    private Result sendOne(SmtpConnection connection, DeliveryLog log, CampaignData data, String letterName,
                           LetterDraft letter, OutgoingLetter outgoing, CoverNote note, SmtpSettings settings) {
        Recipient to = outgoing.recipient();
        CoverNote.Filled filled = note.fill(data, letter, to);
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String address = to.email().strip();
        Delivery delivery;
        Outcome outcome;
        String detail;
        try {
            String messageId = connection.send(address, filled.subject(), filled.text(), outgoing.fileName(),
                    outgoing.pdf(), at);
            delivery = new Delivery(UUID.randomUUID().toString(), to.id(), letterName, outgoing.letterVersion(),
                    Delivery.Channel.EMAIL, Delivery.Status.SENT, at, workspace.user(), address,
                    messageId == null ? "" : messageId, "from " + settings.fromAddress() + " via " + settings.host()
                    + ", attached " + outgoing.fileName(), outgoing.sha256());
            outcome = Outcome.SENT;
            detail = "sent to " + address;
        } catch (MessagingException e) {
            String words = SmtpConnection.ServerWords.of(e);
            delivery = new Delivery(UUID.randomUUID().toString(), to.id(), letterName, outgoing.letterVersion(),
                    Delivery.Channel.EMAIL, Delivery.Status.FAILED, at, workspace.user(), address, "",
                    "the mail server " + settings.host() + " refused it: " + words, outgoing.sha256());
            outcome = Outcome.FAILED;
            detail = "refused: " + words;
        }
        try {
            log.record(data.campaign().id(), delivery);
        } catch (StoreException | IllegalArgumentException | NoSuchElementException e) {
            throw new IllegalStateException("The letter to " + to.name() + " was " + outcome.name().toLowerCase()
                    + (delivery.reference().isEmpty() ? "" : " (Message-ID " + delivery.reference() + ")")
                    + " but could not be recorded: " + e.getMessage(), e);
        }
        return new Result(to, outcome, detail, delivery);
    }

    private static void report(List<Result> results, Progress progress, int total, Result result) {
        results.add(result);
        progress.sent(results.size(), total, result);
    }
}
