package org.appeal.cli;

import org.appeal.domain.PdfFingerprint;
import org.appeal.store.db.OnBothDatabases;
import org.appeal.store.db.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code appeal delivery} as a separate process: exit codes and both streams, as a script sees them. */
class DeliveryProcessTest {
    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private Run appeal(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dappeal.home=" + Path.of("").toAbsolutePath(),
                "org.appeal.Main"));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the process ends").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** On SQLite and on PostgreSQL (the embedded server of the tests, reached by the child process over its URL). */
    @OnBothDatabases
    void recordThenListThroughTheProcess(TestDatabase db) throws Exception {
        String workspace = db.location().jdbcUrl();
        assertThat(CliRun.appeal(new StringWriter(), new StringWriter(), "import", "bundle", "seeds/sample-campaign",
                "-w", workspace)).isZero();
        // Made-up bytes standing for the PDF that was posted: only its hash is recorded.
        Path pdf = Files.write(temp.resolve("posted.pdf"), "%PDF-1.7 made up for a test\n".getBytes(StandardCharsets.US_ASCII));

        Run recorded = appeal("delivery", "record", "-w", workspace, "--campaign", "rok-unga80-dprk-2025",
                "--recipient", "unification-minister", "--channel", "post", "--status", "sent", "--file", pdf.toString(),
                "--reference", "RR 123 456 789 KR", "--at", "2025-10-29T02:00:00Z", "--by", "Kim Example");
        Run listed = appeal("delivery", "list", "-w", workspace, "--campaign", "rok-unga80-dprk-2025", "--status", "sent");

        assertThat(recorded.exitCode()).as(recorded.toString()).isZero();
        assertThat(recorded.err()).isEmpty();
        assertThat(recorded.out()).contains("to unification-minister by post (209 Sejong-daero, Jongno-gu, Seoul 03171,"
                + " Republic of Korea), sent at 2025-10-29T02:00:00Z, PDF SHA-256 "
                + PdfFingerprint.of(Files.readAllBytes(pdf)));
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.out()).contains("  unification-minister     sent", "3 of 4 recipients still to get it.",
                "      reference: RR 123 456 789 KR");
        assertThat(listed.err()).isEmpty();
    }

    @Test
    void anUnknownStatusExitsTwoWithOneLine() throws Exception {
        String workspace = temp.resolve("workspace.db").toString();
        CliRun.appeal(new StringWriter(), new StringWriter(), "import", "bundle", "seeds/sample-campaign", "-w", workspace);

        Run run = appeal("delivery", "list", "-w", workspace, "--campaign", "rok-unga80-dprk-2025", "--status", "lost");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("appeal: --status: unknown value 'lost' (expected one of planned, sent,"
                + " confirmed, failed)\n");
        assertThat(run.out()).isEmpty();
    }
}
