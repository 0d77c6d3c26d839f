package org.appeal.cli;

import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignExistsException;
import org.appeal.store.db.CampaignStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code appeal import bundle DIR}: a whole campaign, in one transaction; prints its id. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Import a campaign bundle folder into the workspace (all or nothing) and print the campaign's id.")
final class ImportBundleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the bundle folder")
    Path bundle;

    @Option(names = "--replace", description = "replace a campaign with the same id (its rows are replaced in one transaction)")
    boolean replace;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            InputFile.checkBundle(bundle);
            CampaignData data;
            try {
                data = new BundleReader().read(bundle);
            } catch (BundleException e) {
                throw new BadInput("cannot read the campaign bundle " + bundle + " (nothing was imported):",
                        e.problems().stream().map(Object::toString).toList());
            }
            CampaignStore store = new CampaignStore(workspace.openOrCreate());
            try {
                store.importCampaign(data, replace ? CampaignStore.IfExists.REPLACE : CampaignStore.IfExists.REFUSE);
            } catch (CampaignExistsException e) {
                throw new BadInput("the workspace already has a campaign '" + data.campaign().id()
                        + "'; nothing was imported (use --replace to replace it)");
            }
            spec.commandLine().getOut().println(data.campaign().id());
        });
    }
}
