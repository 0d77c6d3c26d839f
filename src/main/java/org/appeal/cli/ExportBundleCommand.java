package org.appeal.cli;

import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.bundle.BundleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** What a bundle folder holds besides files named by campaign.yaml (docs/bundle-format.md). */
    private static final List<String> BUNDLE_FILES = List.of("letter.md", "recipients.csv", "signatories.csv",
            "resolutions.csv", "sponsorships.csv", "sources.csv", "evidence.csv", "deliveries.csv", "votes.csv",
            "approvals.csv");

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            CampaignData data = workspace.campaign(campaignId);
            new OutputTarget(workspace.files(), List.of()).checkFolder(out);
            checkNotAnotherBundle();
            BundleWriter writer = new BundleWriter();
            try {
                writer.write(data, out);
            } catch (IllegalArgumentException e) {
                throw new BadInput("cannot export campaign '" + campaignId + "' as a bundle: " + e.getMessage());
            } catch (IOException e) {
                throw FileProblem.cannotWrite(out, e);
            }
            for (String image : writer.missingImages(data)) {
                spec.commandLine().getErr().println("warning: the workspace holds no image '" + image
                        + "' that a signatory names; copy the file into " + out.resolve(image).getParent()
                        + " or choose the image again in the app");
            }
            spec.commandLine().getOut().println("Wrote " + out);
        });
    }

    /**
     * Exporting replaces the bundle files in the folder. That is what re-exporting a campaign into
     * its own bundle is for; in a folder holding another campaign, or files of the same names that
     * belong to no bundle, it would destroy them instead.
     */
    private void checkNotAnotherBundle() throws BadInput {
        if (Files.exists(out.resolve("campaign.yaml"))) {
            String id;
            try {
                id = new BundleReader().read(out).campaign().id();
            } catch (BundleException e) {
                throw new BadInput("cannot export into " + out + ": it holds a campaign bundle that cannot be read ("
                        + e.problems().get(0) + "); export into an empty folder");
            }
            if (!id.equals(campaignId)) {
                throw new BadInput("cannot export into " + out + ": it holds the bundle of campaign '" + id
                        + "'; export into an empty folder, or into campaign '" + campaignId + "''s own bundle");
            }
            return;
        }
        for (String name : BUNDLE_FILES) {
            if (Files.exists(out.resolve(name))) {
                throw new BadInput("cannot export into " + out + ": it has a " + name
                        + " that is not part of a bundle (no campaign.yaml); export into an empty folder");
            }
        }
    }
}
