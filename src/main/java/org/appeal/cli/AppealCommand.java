package org.appeal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code appeal}: the command line over the same services the desktop app uses. */
@Command(name = "appeal", mixinStandardHelpOptions = true, version = "Appeal 0.1.0",
        description = "Compose coalition advocacy letters: render, check and sign them from the command line.",
        subcommands = {RenderCommand.class, BatchCommand.class, ImportCommand.class, ExportCommand.class, HistoryCommand.class, DuplicatesCommand.class,
                SignCommand.class, VerifyCommand.class, DeliveryCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error (a bug: please report it)", "2:bad input (the message names the file and line)",
                "3:verification failed (verify: a signature is broken or something else changed after it)"})
public final class AppealCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with its services; {@code out}/{@code err} let tests read what it prints. */
    public static CommandLine commandLine(CliServices services, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new AppealCommand(), new CommandFactory(services));
        // Picocli's own message would name Java's parser and its exception.
        commandLine.registerConverter(java.time.LocalDate.class, text -> {
            try {
                return java.time.LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("expected a day as YYYY-MM-DD, such as 2025-10-28, not '"
                        + text + "'");
            }
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("appeal: internal error: " + e);
            e.printStackTrace(cl.getErr());
            return ExitCode.INTERNAL;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine cl = e.getCommandLine();
            cl.getErr().println("appeal: " + e.getMessage());
            cl.usage(cl.getErr());
            return ExitCode.BAD_INPUT;
        });
        return commandLine;
    }

    /** Hands every command the shared services through its constructor: no globals. */
    private record CommandFactory(CliServices services) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(CliServices.class).newInstance(services);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
