package org.appeal.cli;

import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.domain.DeliveryLedger;
import org.appeal.store.db.DeliveryLog;
import org.appeal.store.db.Versioned;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code appeal delivery list --campaign ID [--letter NAME] [--status sent,failed]}. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Show, for one letter of a workspace campaign, which recipients still have to get it and"
                + " every delivery recorded (oldest first), optionally only those with the given statuses."})
final class DeliveryListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--campaign"}, required = true, paramLabel = "ID", description = "the campaign")
    String campaignId;

    @Option(names = "--letter", paramLabel = "NAME", defaultValue = CampaignData.MAIN_LETTER,
            description = "the letter: 'letter' (the main one, default) or a further letter's name")
    String letter;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "only deliveries with these statuses: planned, sent, confirmed, failed (comma-separated)")
    List<String> statuses;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            CampaignData data = workspace.campaign(campaignId);
            if (data.letter(letter).isEmpty()) {
                throw new BadInput("campaign '" + campaignId + "' has no letter '" + letter + "' (its letters: "
                        + String.join(", ", data.letterNames()) + ")");
            }
            Set<Delivery.Status> wanted = EnumSet.noneOf(Delivery.Status.class);
            for (String status : statuses == null ? List.<String>of() : statuses) {
                wanted.add(DeliveryChoices.status(status));
            }
            DeliveryLog log = new DeliveryLog(workspace.open());
            List<Delivery> deliveries = log.all(campaignId).stream().map(Versioned::value).toList();
            Optional<Integer> newest = CampaignData.MAIN_LETTER.equals(letter)
                    ? log.newestLetterVersion(campaignId) : Optional.empty();
            print(DeliveryLedger.of(data.recipients(), deliveries, letter), newest, wanted,
                    spec.commandLine().getOut());
        });
    }

    private void print(DeliveryLedger ledger, Optional<Integer> newest, Set<Delivery.Status> wanted, PrintWriter out) {
        out.println("Letter '" + letter + "'" + newest.map(n -> " (newest version " + n + ")").orElse("") + ":");
        for (DeliveryLedger.Entry entry : ledger.entries()) {
            String state = entry.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            String earlier = newest.filter(entry::hasOnlyEarlierVersions)
                    .map(n -> " (an earlier version only)").orElse("");
            out.printf("  %-24s %s%s%n", entry.recipient().id(), entry.stillToGet() ? "still to get: " + state : state,
                    earlier);
        }
        out.println(ledger.stillToGet().size() + " of " + ledger.entries().size() + " recipients still to get it.");
        List<Delivery> shown = ledger.deliveries(wanted);
        out.println();
        out.println(shown.isEmpty() ? "No deliveries" + (wanted.isEmpty() ? "" : " with that status") + "."
                : "Deliveries:");
        for (Delivery d : shown) {
            out.println("  " + (d.at() == null ? "(not yet)" : d.at().toString()) + "  " + d.recipientId() + "  "
                    + DeliveryChoices.shown(d.channel()) + "  " + DeliveryChoices.shown(d.status())
                    + (d.letterVersion() == null ? "" : "  version " + d.letterVersion())
                    + (d.address().isEmpty() ? "" : "  to " + d.address())
                    + (d.by().isEmpty() ? "" : "  by " + d.by()));
            out.println("      id " + d.id() + (d.pdfSha256().isEmpty() ? "" : "  sha256 " + d.pdfSha256()));
            if (!d.reference().isEmpty()) {
                out.println("      reference: " + d.reference());
            }
            if (!d.note().isEmpty()) {
                out.println("      note: " + d.note().replace("\n", "\n            "));
            }
        }
    }
}
