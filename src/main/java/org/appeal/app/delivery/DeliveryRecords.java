package org.appeal.app.delivery;

import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.domain.DeliveryLedger;
import org.appeal.domain.PdfFingerprint;
import org.appeal.domain.Recipient;
import org.appeal.store.db.DeliveryLog;
import org.appeal.store.db.Versioned;
import org.appeal.store.db.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The delivery record as the app's screen works with it: where a letter stands with each
 * recipient, the deliveries with the row versions a status change must hand back, recording a
 * sending made outside Appeal (fax, post, by hand) with the SHA-256 of its file, and recording
 * what became of a delivery. Toolkit-free; each call is one transaction.
 */
public final class DeliveryRecords {
    /** A letter's standing with every recipient, and the row version of each delivery. */
    public record Overview(DeliveryLedger ledger, Map<String, Long> versions, Optional<Integer> newestVersion) {
        public Overview {
            versions = Map.copyOf(versions);
        }
    }

    private final Workspace workspace;

    public DeliveryRecords(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    public Overview overview(CampaignData data, String letter) {
        DeliveryLog log = new DeliveryLog(workspace);
        List<Versioned<Delivery>> rows = log.all(data.campaign().id());
        Optional<Integer> newest = CampaignData.MAIN_LETTER.equals(letter)
                ? log.newestLetterVersion(data.campaign().id()) : Optional.empty();
        return new Overview(DeliveryLedger.of(data.recipients(), rows.stream().map(Versioned::value).toList(), letter),
                rows.stream().collect(Collectors.toMap(r -> r.value().id(), Versioned::version)), newest);
    }

    /**
     * Records a sending made outside Appeal. The SHA-256 is taken from {@code sentFile}, which is
     * required unless the delivery is only planned.
     *
     * @throws IllegalArgumentException with words for the user when something needed is missing
     */
    public Versioned<Delivery> recordSending(CampaignData data, String letter, Integer letterVersion, Recipient recipient,
                                             Delivery.Channel channel, Delivery.Status status, Instant at, String address,
                                             String reference, String note, Path sentFile) throws IOException {
        String sha256 = sentFile == null ? "" : PdfFingerprint.of(Files.readAllBytes(sentFile));
        Delivery delivery = new Delivery(UUID.randomUUID().toString(), recipient.id(), letter, letterVersion, channel,
                status, at, status == Delivery.Status.PLANNED && at == null ? "" : workspace.user(), address, reference,
                note, sha256);
        return new DeliveryLog(workspace).record(data.campaign().id(), delivery);
    }

    /** Receipt confirmed, or failed after all; refused as stale if someone else changed it since {@code version}. */
    public Versioned<Delivery> changeStatus(CampaignData data, Delivery delivery, long version, Delivery.Status status,
                                            String note) {
        return new DeliveryLog(workspace).changeStatus(data.campaign().id(), delivery.id(), status, note, version);
    }

    /** The address a channel goes to by default: e-mail, fax number, or the postal address on one line. */
    public static String addressFor(Recipient recipient, Delivery.Channel channel) {
        Function<Recipient, String> address = switch (channel) {
            case EMAIL -> Recipient::email;
            case FAX -> Recipient::fax;
            case POST -> r -> String.join(", ", r.addressLines());
            case BY_HAND, OTHER -> r -> "";
        };
        return address.apply(recipient);
    }
}
