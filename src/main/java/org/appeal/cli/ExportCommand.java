package org.appeal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code appeal export …}: take material out of a workspace. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export from a workspace: a campaign bundle.",
        subcommands = {ExportBundleCommand.class})
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
