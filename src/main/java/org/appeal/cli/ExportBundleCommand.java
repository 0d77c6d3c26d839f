package org.appeal.cli;

import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code appeal export bundle CAMPAIGN DIR}: the canonical bundle of a workspace campaign. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Write a workspace campaign as a bundle folder in canonical form (stable order and formatting).")
final class ExportBundleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CAMPAIGN", description = "the campaign id")
    String campaignId;

    @Parameters(index = "1", paramLabel = "DIR", description = "the folder to write (created if missing)")
    Path out;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            CampaignData data = workspace.campaign(campaignId);
            try {
                new BundleWriter().write(data, out);
            } catch (IllegalArgumentException e) {
                throw new BadInput("cannot export campaign '" + campaignId + "' as a bundle: " + e.getMessage());
            }
            spec.commandLine().getOut().println("Wrote " + out);
        });
    }
}
