package org.appeal.cli;

import org.appeal.domain.Delivery;
import org.appeal.store.db.DeliveryLog;
import org.appeal.store.db.StaleDataException;
import org.appeal.store.db.Versioned;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/** {@code appeal delivery status ID --campaign C --status confirmed [--note TEXT]}. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Change what became of a recorded delivery (the recipient confirmed receipt, or it failed after"
                + " all); what was sent, when and to whom stays as recorded.")
final class DeliveryStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "the delivery's id (as 'appeal delivery list' shows it)")
    String id;

    @Option(names = {"-c", "--campaign"}, required = true, paramLabel = "ID", description = "the campaign")
    String campaignId;

    @Option(names = "--status", required = true, paramLabel = "STATUS", description = "sent, confirmed or failed")
    String status;

    @Option(names = "--note", paramLabel = "TEXT", description = "replaces the note (default: keep it)")
    String note;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            Delivery.Status what = DeliveryChoices.status(status);
            DeliveryLog log = new DeliveryLog(workspace.open());
            Versioned<Delivery> current;
            try {
                current = log.all(campaignId).stream().filter(d -> d.value().id().equals(id)).findFirst()
                        .orElseThrow(() -> new BadInput("campaign '" + campaignId + "' has no delivery '" + id + "'"));
            } catch (NoSuchElementException e) {
                throw workspace.noSuchCampaign(campaignId);
            }
            if (what == Delivery.Status.PLANNED && current.value().status() != Delivery.Status.PLANNED) {
                throw new BadInput("delivery " + id + " was " + DeliveryChoices.shown(current.value().status())
                        + ": a sending cannot become planned again (record a new one instead)");
            }
            try {
                Delivery changed = log.changeStatus(campaignId, id, what, note, current.version()).value();
                spec.commandLine().getOut().println("Delivery " + id + " to " + changed.recipientId() + " is now "
                        + DeliveryChoices.shown(changed.status()) + ".");
            } catch (IllegalArgumentException | StaleDataException e) {
                throw new BadInput(e.getMessage());
            }
        });
    }
}
