package org.appeal.cli;

import org.appeal.compose.sign.SamplePdf;
import org.appeal.compose.sign.TestKeys;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every command, through a real {@code appeal} process, given a path that is not what it expects:
 * missing, a folder, an empty file, random bytes, a file it may not read. Each is bad input: exit
 * 2, a first line on stderr that says what is wrong with which path, no "internal error", no stack
 * trace, and no more than the capped list of problems under it.
 */
class CliOddInputTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";

    private static final boolean CAN_DROP_PRIVILEGES = CliRun.canDropPrivileges();

    @TempDir
    static Path temp;

    /** What each kind of odd path is called in the folder the commands run in. */
    private static final String MISSING = "missing.file";
    private static final String FOLDER = "a-folder";
    private static final String EMPTY = "empty.file";
    private static final String BINARY = "random.bytes";
    private static final String UNREADABLE = "unreadable.file";

    @BeforeEach
    void files() throws Exception {
        if (Files.exists(temp.resolve("w.db"))) {
            return;
        }
        new CampaignStore(Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db"))))
                .importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        Files.createDirectories(temp.resolve(FOLDER));
        Files.createFile(temp.resolve(EMPTY));
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(temp.resolve(BINARY), bytes);
        Files.write(temp.resolve(UNREADABLE), SamplePdf.letter());
        Files.setPosixFilePermissions(temp.resolve(UNREADABLE), PosixFilePermissions.fromString("---------"));
        Files.write(temp.resolve("letter.pdf"), SamplePdf.letter());
        Files.move(TestKeys.keystore(temp, "Example Rights Watch"), temp.resolve("signer.p12"));
        Files.writeString(temp.resolve("password.txt"), TestKeys.PASSWORD + "\n");
    }

    static Stream<Arguments> commandsAndOddPaths() {
        String keystore = "signer.p12";
        Stream<Function<String, String[]>> commands = Stream.of(
                p -> new String[] {"render", p, "--out", "x.pdf"},
                p -> new String[] {"batch", p, "--out", "letters"},
                p -> new String[] {"duplicates", p},
                p -> new String[] {"import", "bundle", p, "-w", "w.db"},
                p -> new String[] {"import", "signatures", p, "-c", CAMPAIGN, "-w", "w.db"},
                p -> new String[] {"import", "resolutions", p, "-c", CAMPAIGN, "-w", "w.db"},
                p -> new String[] {"import", "votes", p, "-c", CAMPAIGN, "-w", "w.db"},
                p -> new String[] {"import", "source", p, "-c", CAMPAIGN, "-w", "w.db", "--id", "made-up"},
                p -> new String[] {"verify", p},
                p -> new String[] {"sign", p, "--keystore", keystore, "--password-file", "password.txt", "--out", "s.pdf"},
                p -> new String[] {"sign", "letter.pdf", "--keystore", p, "--password-file", "password.txt", "--out", "s.pdf"},
                p -> new String[] {"sign", "letter.pdf", "--keystore", keystore, "--password-file", p, "--out", "s.pdf"},
                p -> new String[] {"history", "-c", CAMPAIGN, "-w", p},
                p -> new String[] {"render", "-c", CAMPAIGN, "-w", p, "--out", "x.pdf"});
        return commands.flatMap(command -> Stream.of(MISSING, FOLDER, EMPTY, BINARY, UNREADABLE)
                .map(odd -> Arguments.of(String.join(" ", command.apply(odd)), command.apply(odd))));
    }

    @ParameterizedTest(name = "appeal {0}")
    @MethodSource("commandsAndOddPaths")
    void isBadInputInAFewLinesWithoutAStackTrace(String shown, String[] args) {
        // Root reads a file whatever its permissions; only a process without that power can show the refusal.
        assumeTrue(!shown.contains(UNREADABLE) || CAN_DROP_PRIVILEGES, "needs setpriv to be refused a read as root");
        CliRun.Result result = CliRun.process(CliRun.Launch.in(temp).unprivileged(), args);

        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).as(result.toString()).startsWith("appeal: ")
                .doesNotContain("internal error", "\tat ", "Exception");
        assertThat(result.errLines()).as(result.toString()).hasSizeLessThanOrEqualTo(1 + Reporting.SHOWN_DETAILS + 1);
    }

    /** Workspaces that are no workspace: an in-memory one (gone when the command ends), another database, a server not there. */
    @ParameterizedTest(name = "--workspace {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"jdbc:sqlite::memory:", "jdbc:mysql://localhost/appeal",
            "jdbc:postgresql://127.0.0.1:1/appeal"})
    void anUnusableWorkspaceIsBadInputInOneLine(String workspace) {
        CliRun.Result result = CliRun.process(CliRun.Launch.in(temp), "history", "-c", CAMPAIGN, "-w", workspace);

        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.errLines()).as(result.toString()).singleElement().asString().startsWith("appeal: ")
                .contains(workspace);
    }
}
