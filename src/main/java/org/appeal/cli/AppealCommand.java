package org.appeal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code appeal}: the command line over the same services the desktop app uses. */
@Command(name = "appeal", mixinStandardHelpOptions = true, version = "Appeal 0.1.0",
        description = "Compose coalition advocacy letters: render, check and sign them from the command line.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error (a bug: please report it)", "2:bad input (the message names the file and line)",
                "3:verification failed (verify: a signature is broken or something else changed after it)"})
public final class AppealCommand implements Runnable {
    /**
     * The subcommands by name, in the order help lists them. They are added in code rather than in
     * the annotation so that a command builds only itself: picocli reads every command's options by
     * reflection, and building all of them took a fifth of a fresh render's time.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("render", RenderCommand.class);
        commands.put("batch", BatchCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("export", ExportCommand.class);
        commands.put("history", HistoryCommand.class);
        commands.put("duplicates", DuplicatesCommand.class);
        commands.put("sign", SignCommand.class);
        commands.put("verify", VerifyCommand.class);
        commands.put("delivery", DeliveryCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with its services; {@code out}/{@code err} let tests read what it prints. */
    public static CommandLine commandLine(CliServices services, PrintWriter out, PrintWriter err) {
        return commandLine(services, out, err, new String[0]);
    }

    /**
     * Runs the command line on these arguments; a job that runs out of memory ends with one clear
     * line (picocli hands errors, unlike exceptions, straight through).
     */
    public static int run(CliServices services, PrintWriter out, PrintWriter err, String[] arguments) {
        try {
            return commandLine(services, out, err, arguments).execute(arguments);
        } catch (OutOfMemoryError e) {
            err.println(NotEnoughMemory.message(Runtime.getRuntime().maxMemory()));
            return ExitCode.INTERNAL;
        }
    }

    /**
     * The command line for these arguments: when the first names a command, only that command is
     * built; otherwise (help, a mistyped command) all of them, so that help lists every command and
     * picocli can suggest the one meant.
     */
    public static CommandLine commandLine(CliServices services, PrintWriter out, PrintWriter err, String[] arguments) {
        CommandFactory factory = new CommandFactory(services);
        CommandLine commandLine = new CommandLine(new AppealCommand(), factory);
        Class<?> named = arguments.length > 0 ? SUBCOMMANDS.get(arguments[0]) : null;
        for (Map.Entry<String, Class<?>> command : SUBCOMMANDS.entrySet()) {
            if (named == null || named == command.getValue()) {
                commandLine.addSubcommand(command.getKey(), new CommandLine(command.getValue(), factory));
            }
        }
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
            if (NotEnoughMemory.causedBy(e)) {
                cl.getErr().println(NotEnoughMemory.message(Runtime.getRuntime().maxMemory()));
                return ExitCode.INTERNAL;
            }
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
