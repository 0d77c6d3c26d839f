package org.appeal;

import org.appeal.cli.AppealCommand;
import org.appeal.cli.CliServices;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The one entry point and composition root: with a subcommand it runs the command line; with no
 * arguments it opens the desktop app. It does not extend {@code Application}, so the app also
 * starts from a plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(org.appeal.ui.AppealApp.class);
            return;
        }
        System.exit(run(args));
    }

    static int run(String[] args) {
        AppealHome home = AppealHome.locate();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return AppealCommand.commandLine(new CliServices(home::templates), out, err).execute(args);
    }
}
