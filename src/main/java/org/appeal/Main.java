package org.appeal;

import org.appeal.cli.AppealCommand;
import org.appeal.cli.CliServices;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The one entry point and composition root: with a subcommand it runs the command line; with no
 * arguments it opens the desktop app. It does not extend {@code Application}, so the app also
 * starts from a plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        homeFromEnvironment(System.getenv()).ifPresent(home -> System.setProperty("user.home", home));
        if (args.length == 0 && hasDisplay(System.getenv())) {
            // Before JavaFX starts: on Linux it otherwise ignores the configured input method (Hangul).
            org.appeal.ui.LinuxInputMethod.prepare(System.getenv());
            javafx.application.Application.launch(org.appeal.ui.AppealApp.class);
            return;
        }
        System.exit(run(args.length == 0 ? headlessDefault() : args));
    }

    /** Without a display there is no window to open: render the sample campaign instead, to show Appeal works. */
    static String[] headlessDefault() {
        Path sample = AppealHome.locate().root().resolve("seeds").resolve("sample-campaign");
        System.err.println("appeal: no display, so no window; rendering the sample campaign to letter.pdf instead");
        return new String[] {"render", sample.toString(), "--out", "letter.pdf"};
    }

    /**
     * The user's home as the desktop session and the shell know it ({@code $HOME}), when it is an
     * absolute path: the JVM reads user.home from the password database instead, and the installed
     * launchers cannot pass {@code -Duser.home} (./appeal does). Workspace and settings live there.
     */
    static Optional<String> homeFromEnvironment(Map<String, String> environment) {
        String home = environment.get("HOME");
        return home != null && Path.of(home).isAbsolute() ? Optional.of(home) : Optional.empty();
    }

    static boolean hasDisplay(Map<String, String> environment) {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        return !linux || environment.containsKey("DISPLAY") || environment.containsKey("WAYLAND_DISPLAY");
    }

    static int run(String[] args) {
        AppealHome home = AppealHome.locate();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try {
            return AppealCommand.run(new CliServices(home::templates), out, err, args);
        } finally {
            // Auto-flush covers println only: a report printed with print() must still reach the terminal before exit.
            out.flush();
            err.flush();
        }
    }
}
