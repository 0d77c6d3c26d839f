package org.appeal.cli;

import org.appeal.compose.PdfText;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.fixtures.FictionalAddressees;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.bundle.BundleWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code appeal batch} as a user's shell runs it: personal letters, the progress line, --jobs. */
class BatchProcessTest {
    private static final Path HERE = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    private Path personalBundle(int addressees) throws Exception {
        CampaignData sample = new BundleReader().read(HERE.resolve("seeds/sample-campaign"));
        Path bundle = temp.resolve("bundle");
        new BundleWriter().write(FictionalAddressees.perAddressee(sample, addressees), bundle);
        return bundle;
    }

    @Test
    void aPerAddresseeBundleGivesEachAddresseeTheirOwnLetterAndAPipeGetsNoProgressLine() throws Exception {
        Path bundle = personalBundle(3);
        assertThat(bundle.resolve("campaign.yaml")).content().contains("  addressing: per-addressee\n");
        Path out = temp.resolve("letters");

        CliRun.Result run = CliRun.process(CliRun.Launch.in(HERE), "batch", bundle.toString(), "--out", out.toString(),
                "--jobs", "2");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).as("nothing drawn into a pipe").doesNotContain("\r").doesNotContain("letters/s");
        List<Recipient> addressees = FictionalAddressees.of(3);
        assertThat(run.out().lines()).hasSize(3).allMatch(l -> l.startsWith("Wrote " + out));
        for (Recipient addressee : addressees) {
            Path file = Path.of(run.out().lines().filter(l -> l.contains(addressee.name().replace(' ', '-')))
                    .findFirst().orElseThrow().substring("Wrote ".length()));
            String text = PdfText.withoutFooters(Files.readAllBytes(file)).replaceAll("\\s+", " ");
            assertThat(text).contains("Dear " + addressee.formOfAddress() + ",");
            addressees.stream().filter(other -> other != addressee)
                    .forEach(other -> assertThat(text).doesNotContain(other.name()));
        }
    }

    @Test
    void onATerminalAProgressLineShowsLettersPerSecondAndTheTotal() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) for a terminal");
        Path bundle = personalBundle(6);
        Path out = temp.resolve("letters");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dappeal.home=" + HERE, "-cp",
                System.getProperty("java.class.path"), "org.appeal.Main", "batch", bundle.toString(), "--out",
                out.toString()));
        String line = String.join(" ", command.stream().map(BatchProcessTest::quoted).toList());
        Path typescript = temp.resolve("typescript.txt");

        // script(1) runs the command on a pseudo-terminal, as an interactive shell would.
        Process process = new ProcessBuilder("/usr/bin/script", "-qec", line, typescript.toString())
                .redirectInput(ProcessBuilder.Redirect.PIPE).redirectErrorStream(true)
                .redirectOutput(temp.resolve("script-out.txt").toFile()).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();

        String shown = Files.readString(typescript, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(shown).isZero();
        assertThat(shown).contains("\rChecking ").contains("\rWriting ").containsPattern("\\d+\\.\\d letters/s")
                .containsPattern("6 letters in \\d+\\.\\d s \\(\\d+\\.\\d letters/s\\)");
        try (var files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(6);
        }
    }

    @Test
    void jobsBelowOneIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path out = temp.resolve("letters");

        CliRun.Result run = CliRun.process(CliRun.Launch.in(HERE), "batch", "seeds/sample-campaign", "--out",
                out.toString(), "--jobs", "0");

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("appeal: --jobs must be at least 1: 0");
        assertThat(out).doesNotExist();
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
