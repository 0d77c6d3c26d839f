package org.appeal.cli;

import org.appeal.SampleBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line, run as a real process, refuses a letter whose template prints a Java object,
 * calls a Java method or never ends: exit 2, one line per problem with template, line and column,
 * no stack trace, and no file written.
 */
class TemplateRefusalProcessTest {
    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void aBodyPrintingAViewOrCallingJavaIsBadInputAndWritesNothing() throws Exception {
        Path bundle = sampleWithBody("""
                Dear $addressee,

                We write as $campaign.getClass() about ${history.ga}.
                """);
        Path pdf = temp.resolve("letter.pdf");

        Run run = appeal("render", bundle.toString(), "--out", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(
                "letter.md line 1, column 6: `$addressee` is a recipient, not text: write `$addressee.name` or"
                        + " `$addressee.formOfAddress`",
                "letter.md line 3, column 23: templates cannot use `getClass()`: a campaign offers `id`, `title`,"
                        + " `language`",
                "letter.md line 3, column 40: `$history.ga` is a body's history, not text: write `$history.ga.name`");
        assertNoStackTrace(run);
        assertThat(pdf).doesNotExist();
        assertThat(temp).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".pdf")
                || p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aRunawayLoopIsBadInputAndLeavesThePreviousLetter() throws Exception {
        Path bundle = sampleWithBody("Dear friends,\n\n#foreach($i in [1..2000000000])#end\n");
        Path pdf = temp.resolve("letter.pdf");
        Files.writeString(pdf, "%PDF-1.7\n% the previous letter\n");

        Run run = appeal("render", bundle.toString(), "--out", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("letter.md line 3, column 1: the template did more work than this letter's"
                + " data allows");
        assertNoStackTrace(run);
        assertThat(pdf).hasContent("%PDF-1.7\n% the previous letter");
    }

    /**
     * Text that doubles itself stops at the character budget, a few megabytes, so the command
     * ends with its message in a 128 MB heap; before the budget it ran out of memory (exit 1).
     */
    @Test
    void textThatDoublesStopsWithinASmallHeap() throws Exception {
        Path bundle = sampleWithBody("Dear friends,\n\n#set($s = \"ab\")#foreach($i in [1..64])#set($s = \"$s$s\")#end$s\n");

        Run run = appealIn("-Xmx128m", "render", bundle.toString(), "--out", temp.resolve("letter.pdf").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("letter.md line 3, column 49: the template wrote more text than this letter's"
                + " data allows");
        assertNoStackTrace(run);
        assertThat(temp.resolve("letter.pdf")).doesNotExist();
    }

    private Path sampleWithBody(String body) throws IOException {
        Path bundle = SampleBundle.copyTo(temp.resolve("bundle"));
        Files.writeString(bundle.resolve("letter.md"), body, StandardCharsets.UTF_8);
        return bundle;
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err() + run.out()).doesNotContain("Exception", "\tat ", "at org.", "View[", "class org.");
    }

    private Run appeal(String... args) throws Exception {
        return appealIn("-Xmx512m", args);
    }

    private Run appealIn(String heap, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"),
                "-Dappeal.home=" + Path.of("").toAbsolutePath(), "org.appeal.Main"));
        command.addAll(List.of(args));
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
