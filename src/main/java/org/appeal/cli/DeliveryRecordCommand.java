package org.appeal.cli;

import org.appeal.app.delivery.DeliveryRecords;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.domain.PdfFingerprint;
import org.appeal.domain.Recipient;
import org.appeal.store.db.DeliveryLog;
import org.appeal.store.db.StaleDataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * {@code appeal delivery record --campaign ID --recipient RID --channel fax --status sent --file letter.pdf}:
 * a sending made outside Appeal (a fax, the post, by hand), with the SHA-256 of the PDF sent.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Record a sending of a letter to one recipient: how, when, by whom, to which address or number,"
                + " with what reference, and the SHA-256 of the PDF that went out (taken from --file)."})
final class DeliveryRecordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--campaign"}, required = true, paramLabel = "ID", description = "the campaign")
    String campaignId;

    @Option(names = "--recipient", required = true, paramLabel = "RID", description = "the recipient's id")
    String recipientId;

    @Option(names = "--channel", required = true, paramLabel = "CHANNEL",
            description = "email, fax, post, by-hand or other")
    String channel;

    @Option(names = "--status", required = true, paramLabel = "STATUS",
            description = "planned, sent, confirmed (the recipient confirmed receipt) or failed")
    String status;

    @Option(names = "--file", paramLabel = "FILE.pdf",
            description = "the exact PDF sent: its SHA-256 is recorded (required unless --status planned)")
    Path file;

    @Option(names = "--letter", paramLabel = "NAME", defaultValue = CampaignData.MAIN_LETTER,
            description = "'letter' (the main one, default) or a further letter's name")
    String letter;

    @Option(names = "--letter-version", paramLabel = "N",
            description = "the letter's version sent (see 'appeal history'); default: the newest version of the main"
                    + " letter, unknown for a further letter")
    Integer letterVersion;

    @Option(names = "--at", paramLabel = "TIME",
            description = "when it was sent, e.g. 2025-10-28T09:30:00Z or 2025-10-28T18:30:00+09:00 (default: now)")
    String at;

    @Option(names = "--by", paramLabel = "NAME", description = "who sent it (default: your user name)")
    String by;

    @Option(names = "--address", paramLabel = "TEXT",
            description = "the address or number it went to (default: the recipient's e-mail for email, fax number for"
                    + " fax, postal address for post)")
    String address;

    @Option(names = "--reference", paramLabel = "TEXT",
            description = "fax receipt number, registered mail number, message id …")
    String reference;

    @Option(names = "--note", paramLabel = "TEXT", description = "anything else worth keeping")
    String note;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            Delivery.Channel how = DeliveryChoices.channel(channel);
            Delivery.Status what = DeliveryChoices.status(status);
            String sha256 = sha256(what);
            Instant when = when(what);
            CampaignData data = workspace.campaign(campaignId);
            Recipient recipient = data.recipient(recipientId).orElseThrow(() -> new BadInput("campaign '" + campaignId
                    + "' has no recipient '" + recipientId + "' (its recipients: "
                    + String.join(", ", data.recipients().stream().map(Recipient::id).toList()) + ")"));
            if (data.letter(letter).isEmpty()) {
                throw new BadInput("campaign '" + campaignId + "' has no letter '" + letter + "' (its letters: "
                        + String.join(", ", data.letterNames()) + ")");
            }
            if (letterVersion != null && letterVersion < 1) {
                throw new BadInput("--letter-version counts from 1: " + letterVersion);
            }
            DeliveryLog log = new DeliveryLog(workspace.open());
            Integer version = letterVersion != null ? letterVersion
                    : CampaignData.MAIN_LETTER.equals(letter) ? log.newestLetterVersion(campaignId).orElse(null) : null;
            String sender = by != null ? by : workspace.open().user();
            Delivery delivery;
            try {
                delivery = new Delivery(UUID.randomUUID().toString(), recipient.id(), letter, version, how, what, when,
                        sender, address != null ? address : DeliveryRecords.addressFor(recipient, how), reference, note, sha256);
            } catch (IllegalArgumentException e) {
                throw new BadInput(e.getMessage());
            }
            try {
                log.record(campaignId, delivery);
            } catch (IllegalArgumentException | NoSuchElementException | StaleDataException e) {
                throw new BadInput(e.getMessage());
            }
            spec.commandLine().getOut().println(summary(delivery));
        });
    }

    private String sha256(Delivery.Status what) throws BadInput, IOException {
        if (file == null) {
            if (what != Delivery.Status.PLANNED) {
                throw new BadInput("--file is required for a delivery that is " + DeliveryChoices.shown(what)
                        + ": its SHA-256 is what proves which PDF was sent");
            }
            return "";
        }
        try {
            return PdfFingerprint.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadInput("file not found: " + file);
        }
    }

    private Instant when(Delivery.Status what) throws BadInput {
        if (at == null) {
            return what == Delivery.Status.PLANNED ? null : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(at).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadInput("--at: not a time with its zone, such as 2025-10-28T09:30:00Z or"
                        + " 2025-10-28T18:30:00+09:00: '" + at + "'");
            }
        }
    }

    private static String summary(Delivery d) {
        return "Recorded delivery " + d.id() + ": letter '" + d.letter() + "'"
                + Optional.ofNullable(d.letterVersion()).map(v -> " version " + v).orElse(" (version unknown)")
                + " to " + d.recipientId() + " by " + DeliveryChoices.shown(d.channel())
                + (d.address().isEmpty() ? "" : " (" + d.address() + ")") + ", " + DeliveryChoices.shown(d.status())
                + (d.at() == null ? "" : " at " + d.at()) + (d.pdfSha256().isEmpty() ? "" : ", PDF SHA-256 " + d.pdfSha256());
    }
}
