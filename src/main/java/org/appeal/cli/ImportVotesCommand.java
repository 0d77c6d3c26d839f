package org.appeal.cli;

import org.appeal.store.ImportException;
import org.appeal.store.resolutions.UnVotingDataReader;
import org.appeal.store.resolutions.VotingData;
import org.appeal.store.db.ResolutionImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/** {@code appeal import votes --campaign ID FILE.csv}: the UN Digital Library's GA voting data. */
@Command(name = "votes", mixinStandardHelpOptions = true,
        description = "Import General Assembly resolutions and recorded votes from the UN Digital Library's voting "
                + "data CSV into a campaign (all or nothing; importing again adds nothing twice).")
final class ImportVotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the voting data CSV")
    Path file;

    @Option(names = {"-c", "--campaign"}, required = true, paramLabel = "ID", description = "the campaign")
    String campaignId;

    @Option(names = "--state", paramLabel = "NAME",
            description = "keep only this state's votes (as the file names it, any case), e.g. \"REPUBLIC OF KOREA\"")
    String state;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            InputFile.check(file, "a CSV file");
            VotingData data;
            try {
                data = new UnVotingDataReader().read(file);
            } catch (ImportException e) {
                throw new BadInput("cannot import " + file + " (nothing was imported):",
                        e.problems().stream().map(Object::toString).toList());
            }
            String wanted = state == null ? null : state.toUpperCase(Locale.ROOT);
            ResolutionImport.Counts counts;
            try {
                counts = new ResolutionImport(workspace.open()).importInto(campaignId, data,
                        s -> wanted == null || s.toUpperCase(Locale.ROOT).equals(wanted));
            } catch (NoSuchElementException e) {
                throw new BadInput(e.getMessage() + " in the workspace " + workspace.displayName());
            }
            spec.commandLine().getOut().printf("Resolutions: %d added, %d updated. Votes: %d added, %d updated.%n",
                    counts.resolutionsAdded(), counts.resolutionsUpdated(), counts.votesAdded(), counts.votesUpdated());
        });
    }
}
