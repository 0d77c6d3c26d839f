package org.appeal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line: in-process, on the checkout's templates, printing into the given writers;
 * or as a real {@code appeal} process, as a user's shell runs it, so that what reaches the
 * terminal (and what does not: an unflushed report, a library's stack trace) is what is checked.
 */
final class CliRun {
    private CliRun() {
    }

    static int appeal(StringWriter out, StringWriter err, String... args) {
        CliServices services = new CliServices(() -> Path.of("templates"));
        return AppealCommand.run(services, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** What a finished process left: its exit code and everything it printed. */
    record Result(int exit, String out, String err) {
        /** The lines printed on standard error. */
        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    /** How the process runs: in which folder, with which JVM options, and with or without a root's privileges. */
    record Launch(Path folder, List<String> jvmOptions, boolean withoutPrivileges) {
        static Launch in(Path folder) {
            return new Launch(folder, List.of(), false);
        }

        Launch withJvmOptions(String... options) {
            return new Launch(folder, List.of(options), withoutPrivileges);
        }

        /**
         * Without the power to ignore file permissions. Tests run as root here, and root writes into
         * a read-only folder as if it were not; with those two capabilities dropped (setpriv) the
         * folder refuses it with EACCES, as it does for every other user.
         */
        Launch unprivileged() {
            return new Launch(folder, jvmOptions, true);
        }
    }

    static Result process(Launch launch, String... args) {
        List<String> command = new ArrayList<>();
        if (launch.withoutPrivileges() && runsAsRoot()) {
            command.addAll(List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch.jvmOptions());
        // As the launcher script runs it: a quick start for short commands.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dappeal.home=" + Path.of("").toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                "org.appeal.Main"));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("appeal-out", ".txt");
            Path err = Files.createTempFile("appeal-err", ".txt");
            try {
                Process process = new ProcessBuilder(command).directory(launch.folder().toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(10, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("appeal " + String.join(" ", args) + " did not finish");
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot start appeal", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Whether file permissions bind this process: a read-only folder it can still write into says no. */
    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Whether an unprivileged launch really loses root's override (setpriv present, or not root anyway). */
    static boolean canDropPrivileges() {
        if (!runsAsRoot()) {
            return true;
        }
        try {
            Process probe = new ProcessBuilder("setpriv", "--bounding-set", "-dac_override,-dac_read_search", "true")
                    .redirectErrorStream(true).start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
