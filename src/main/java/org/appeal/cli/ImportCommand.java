package org.appeal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code appeal import …}: bring material into a workspace. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import into a workspace: a campaign bundle, a sign-on sheet, resolution tables, UN voting data, a source document.",
        subcommands = {ImportBundleCommand.class, ImportSignaturesCommand.class, ImportResolutionsCommand.class, ImportVotesCommand.class, ImportSourceCommand.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
