package org.appeal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process, on the checkout's templates, printing into the given writers. */
final class CliRun {
    private CliRun() {
    }

    static int appeal(StringWriter out, StringWriter err, String... args) {
        CliServices services = new CliServices(() -> Path.of("templates"));
        return AppealCommand.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }
}
