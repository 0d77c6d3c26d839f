package org.appeal.cli;

import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Sheets from the made-up corpus in src/test/resources/signon, into the sample campaign. */
class ImportSignaturesCommandTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";
    private static final Path CORPUS = Path.of("src/test/resources/signon");

    @TempDir
    Path temp;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void sample() throws Exception {
        new CampaignStore(Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db"))))
                .importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
    }

    private int appeal(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--workspace";
        all[args.length + 1] = temp.resolve("w.db").toString();
        return AppealCommand.commandLine(new CliServices(() -> Path.of("templates")), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(all);
    }

    private int signatories() {
        return new CampaignStore(Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")))).load(CAMPAIGN)
                .signatories().all().size();
    }

    @Test
    void dryRunShowsThePlanAndChangesNothing() {
        int code = appeal("import", "signatures", CORPUS.resolve("01-google-forms-us.csv").toString(), "--campaign", CAMPAIGN, "--dry-run");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("would add 3, update 0, reject 0", "Example Rights Watch");
        assertThat(signatories()).isEqualTo(22);
    }

    @Test
    void importingTwiceAddsNothingTheSecondTime() {
        String sheet = CORPUS.resolve("01-google-forms-us.csv").toString();

        assertThat(appeal("import", "signatures", sheet, "--campaign", CAMPAIGN)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Imported: 3 added, 0 updated.");
        assertThat(signatories()).isEqualTo(25);

        assertThat(appeal("import", "signatures", sheet, "--campaign", CAMPAIGN)).isZero();
        assertThat(out.toString()).startsWith("Imported: 0 added, 0 updated.\n")
                .contains("added 0, updated 0, rejected 0 (3 unchanged):", "nothing changed");
        assertThat(signatories()).isEqualTo(25);
    }

    @Test
    void aBadRowStopsTheWholeImportUnlessSkipped() {
        String sheet = CORPUS.resolve("24-skip-bad-rows.csv").toString();

        assertThat(appeal("import", "signatures", sheet, "--campaign", CAMPAIGN)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(out.toString()).contains("row 2 (line 3)");
        assertThat(err.toString()).contains("nothing was imported");
        assertThat(signatories()).isEqualTo(22);

        assertThat(appeal("import", "signatures", sheet, "--campaign", CAMPAIGN, "--skip-bad-rows")).isZero();
        assertThat(signatories()).isEqualTo(24);
    }

    @Test
    void cp949SheetsNeedNoOption() {
        int code = appeal("import", "signatures", CORPUS.resolve("10-hangul-cp949.csv").toString(), "--campaign", CAMPAIGN);

        assertThat(code).as(out + err.toString()).isZero();
        assertThat(new CampaignStore(Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")))).load(CAMPAIGN)
                .signatories().all()).anySatisfy(s -> assertThat(s.name()).matches(".*[가-힣].*"));
    }

    @Test
    void unknownEncodingAndMissingFileAreBadInput() {
        assertThat(appeal("import", "signatures", CORPUS.resolve("01-google-forms-us.csv").toString(), "--campaign", CAMPAIGN,
                "--encoding", "klingon")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("unknown --encoding 'klingon'");

        assertThat(appeal("import", "signatures", "nope.csv", "--campaign", CAMPAIGN)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no such file: nope.csv");
    }
}
