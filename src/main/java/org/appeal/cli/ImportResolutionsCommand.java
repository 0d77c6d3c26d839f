package org.appeal.cli;

import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.bundle.ResolutionTables;
import org.appeal.store.db.ResolutionImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/** {@code appeal import resolutions --campaign ID DIR}: resolutions.csv and sponsorships.csv in the bundle's format. */
@Command(name = "resolutions", mixinStandardHelpOptions = true,
        description = "Import resolutions.csv and/or sponsorships.csv (the bundle's format, docs/bundle-format.md) from "
                + "a folder into a campaign; rows are added or updated by id, all or nothing.")
final class ImportResolutionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder holding the CSV files")
    Path folder;

    @Option(names = {"-c", "--campaign"}, required = true, paramLabel = "ID", description = "the campaign")
    String campaignId;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            ResolutionTables tables;
            try {
                tables = new BundleReader().readResolutionTables(folder);
            } catch (BundleException e) {
                throw new BadInput("cannot import from " + folder + " (nothing was imported):",
                        e.problems().stream().map(Object::toString).toList());
            }
            ResolutionImport.TableCounts counts;
            try {
                counts = new ResolutionImport(workspace.open()).importTables(campaignId, tables.resolutions(),
                        tables.sponsorships());
            } catch (NoSuchElementException e) {
                throw new BadInput(e.getMessage() + " in the workspace " + workspace.displayName());
            }
            spec.commandLine().getOut().printf("Resolutions: %d added, %d updated. Sponsorships: %d added, %d updated.%n",
                    counts.resolutionsAdded(), counts.resolutionsUpdated(), counts.sponsorshipsAdded(),
                    counts.sponsorshipsUpdated());
        });
    }
}
