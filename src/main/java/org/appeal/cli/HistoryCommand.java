package org.appeal.cli;

import org.appeal.store.db.DraftHistory;
import org.appeal.store.db.DraftVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/** {@code appeal history --campaign ID [--diff A B]}: the saved and exported versions of a letter. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the versions of a workspace campaign's letter (every save and every export), or show a diff.")
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--campaign"}, required = true, paramLabel = "ID", description = "the campaign")
    String campaignId;

    @Option(names = "--diff", arity = "2", paramLabel = "N", description = "show what changed from version A to version B")
    List<Integer> diff;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            DraftHistory history = new DraftHistory(workspace.open());
            PrintWriter out = spec.commandLine().getOut();
            if (diff != null) {
                try {
                    out.print(history.diff(campaignId, diff.get(0), diff.get(1)));
                } catch (NoSuchElementException e) {
                    throw new BadInput(e.getMessage());
                }
                return;
            }
            List<DraftVersion> versions = history.versions(campaignId);
            if (versions.isEmpty()) {
                out.println("No saved versions of campaign '" + campaignId + "' yet.");
            }
            for (DraftVersion v : versions) {
                out.printf("%3d  %s  %-12s  %s%n", v.number(), v.savedAt(), v.author(), v.sha256().substring(0, 12));
            }
        });
    }
}
