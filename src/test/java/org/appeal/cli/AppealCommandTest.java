package org.appeal.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line builds only the command it is asked for, and every command when asked for help. */
class AppealCommandTest {
    private static final CliServices SERVICES = new CliServices(() -> Path.of("templates"));

    private static CommandLine commandLine(String... args) {
        return AppealCommand.commandLine(SERVICES, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                args);
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(commandLine("render", "bundle", "--out", "a.pdf").getSubcommands()).containsOnlyKeys("render");
        assertThat(commandLine("delivery", "list").getSubcommands()).containsOnlyKeys("delivery");
        assertThat(commandLine("delivery", "list").getSubcommands().get("delivery").getSubcommands())
                .containsKeys("list", "record", "status");
    }

    @Test
    void helpAndNoCommandBuildEveryCommandInTheirOrder() {
        for (String[] args : new String[][] {{}, {"--help"}, {"-h", "render"}}) {
            assertThat(commandLine(args).getSubcommands().keySet()).containsExactly(
                    "render", "batch", "import", "export", "history", "duplicates", "sign", "verify", "delivery");
        }
    }

    @Test
    void helpListsEveryCommand() {
        StringWriter out = new StringWriter();
        int code = CliRun.appeal(out, new StringWriter(), "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("render", "batch", "import", "export", "history", "duplicates", "sign",
                "verify", "delivery");
    }

    @Test
    void aMistypedCommandIsRefusedWithTheCommandsToChooseFrom() {
        StringWriter err = new StringWriter();
        int code = CliRun.appeal(new StringWriter(), err, "rendr", "bundle");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("rendr").contains("render");
    }

    @Test
    void aBadDateToTheOneBuiltCommandGetsTheFriendlyMessage() {
        StringWriter err = new StringWriter();
        int code = CliRun.appeal(new StringWriter(), err, "import", "source", "text.txt", "--date", "28/10/2025");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("expected a day as YYYY-MM-DD, such as 2025-10-28, not '28/10/2025'")
                .doesNotContain("DateTimeParseException");
    }
}
