package org.appeal.cli;

import org.appeal.domain.Signatory;
import org.appeal.store.db.SignatoryRepository;
import org.appeal.store.db.Versioned;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceCommandsTest {
    private static final Path SAMPLE = Path.of("seeds/sample-campaign");

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int appeal(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CliRun.appeal(out, err, args);
    }

    private String workspace() {
        return temp.resolve("workspace.db").toString();
    }

    @Test
    void importThenExportReproducesTheSampleByteForByte() throws IOException {
        assertThat(appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace())).as(err.toString()).isZero();
        assertThat(out.toString().strip()).isEqualTo("rok-unga80-dprk-2025");

        Path exported = temp.resolve("exported");
        assertThat(appeal("export", "bundle", "rok-unga80-dprk-2025", exported.toString(), "--workspace", workspace()))
                .as(err.toString()).isZero();

        for (Path file : org.appeal.SampleBundle.files(SAMPLE)) {
            assertThat(exported.resolve(file)).as(file.toString()).hasSameBinaryContentAs(SAMPLE.resolve(file));
        }
        assertThat(org.appeal.SampleBundle.files(exported)).isEqualTo(org.appeal.SampleBundle.files(SAMPLE));
    }

    @Test
    void theWorkspaceHoldsRowsAnEditShowsInTheNextExport() throws IOException {
        appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace());
        Workspace ws = Workspace.open(WorkspaceLocation.parse(workspace()));
        ws.inTransaction(work -> {
            SignatoryRepository repository = new SignatoryRepository(work);
            Versioned<Signatory> hrw = repository.find("rok-unga80-dprk-2025", "hrw").orElseThrow();
            Signatory s = hrw.value();
            return repository.save("rok-unga80-dprk-2025", new Signatory(s.id(), s.kind(), s.position(), s.name(),
                    s.acronym(), s.title(), "United States", s.signedOn(), s.withdrawnOn()), hrw.version());
        });

        Path exported = temp.resolve("exported");
        appeal("export", "bundle", "rok-unga80-dprk-2025", exported.toString(), "--workspace", workspace());

        assertThat(Files.readString(exported.resolve("signatories.csv")))
                .contains("hrw,ORGANISATION,9,Human Rights Watch,HRW,,United States,,");
    }

    @Test
    void aSecondImportIsRefusedUnlessReplacing() {
        appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace());

        assertThat(appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("already has a campaign 'rok-unga80-dprk-2025'", "--replace");
        assertThat(appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace(), "--replace")).isZero();
    }

    @Test
    void renderAndBatchWorkFromTheWorkspace() {
        appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace());

        assertThat(appeal("render", "--workspace", workspace(), "--campaign", "rok-unga80-dprk-2025",
                "--out", temp.resolve("l.pdf").toString())).as(err.toString()).isZero();
        assertThat(temp.resolve("l.pdf")).isNotEmptyFile();
        assertThat(appeal("batch", "--workspace", workspace(), "--campaign", "rok-unga80-dprk-2025",
                "--out", temp.resolve("all").toString())).as(err.toString()).isZero();
        assertThat(temp.resolve("all").toFile().list()).hasSize(4);
    }

    @Test
    void exportsFromTheWorkspaceAreVersionsListedByHistory() {
        appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace());
        appeal("render", "--workspace", workspace(), "--campaign", "rok-unga80-dprk-2025", "--out", temp.resolve("l.pdf").toString());
        appeal("batch", "--workspace", workspace(), "--campaign", "rok-unga80-dprk-2025", "--out", temp.resolve("all").toString());

        assertThat(appeal("history", "--workspace", workspace(), "--campaign", "rok-unga80-dprk-2025")).isZero();

        assertThat(out.toString().lines()).singleElement().satisfies(line -> assertThat(line).startsWith("  1  "));
    }

    @Test
    void votingDataImportsOnceAndAgainAddsNothing() {
        appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace());
        String file = "src/test/resources/undl/ga-voting-made-up.csv";

        assertThat(appeal("import", "votes", file, "--campaign", "rok-unga80-dprk-2025", "--workspace", workspace()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Resolutions: [1-9]\\d* added, 0 updated. Votes: [1-9]\\d* added");

        assertThat(appeal("import", "votes", file, "--campaign", "rok-unga80-dprk-2025", "--workspace", workspace())).isZero();
        assertThat(out.toString()).contains("Resolutions: 0 added, 0 updated. Votes: 0 added, 0 updated.");
    }

    @Test
    void aSeedDocumentImportsAsASourceWithItsOwnParagraphNumbers() {
        appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace());

        int code = appeal("import", "source", "seeds/sources/000_9c41ec5e1473588e.txt", "--campaign", "rok-unga80-dprk-2025",
                "--id", "rok-pledges-2024", "--issuer", "Permanent Mission of the Republic of Korea", "--date", "2024-07-02",
                "--workspace", workspace());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Imported source 'rok-pledges-2024'", "with 36 numbered paragraphs");
    }

    @Test
    void resolutionTablesAddAndUpdateByIdOnce() throws IOException {
        appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace());
        Path folder = Files.createDirectories(temp.resolve("tables"));
        // Made-up rows: one changed source note on an existing row, one new row.
        Files.writeString(folder.resolve("sponsorships.csv"), "id,state,body,year,date,resolution_symbol,cosponsored,source\n"
                + "kor-ga-2018,Republic of Korea,GA,2018,,,yes,test fixture\n"
                + "made-up-2099,Example State,GA,2099,,,no,test fixture\n");

        assertThat(appeal("import", "resolutions", folder.toString(), "--campaign", "rok-unga80-dprk-2025",
                "--workspace", workspace())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Resolutions: 0 added, 0 updated. Sponsorships: 1 added, 1 updated.");
        assertThat(appeal("import", "resolutions", folder.toString(), "--campaign", "rok-unga80-dprk-2025",
                "--workspace", workspace())).isZero();
        assertThat(out.toString()).contains("Sponsorships: 0 added, 0 updated.");
    }

    @Test
    void duplicatesAreSuggestedNeverMerged() throws IOException {
        Path bundle = org.appeal.SampleBundle.copyTo(temp.resolve("dups"));
        // A made-up second entry for HRW, as a sign-on sheet might add it.
        Files.writeString(bundle.resolve("signatories.csv"), Files.readString(bundle.resolve("signatories.csv"))
                + "hrw-2,ORGANISATION,23,HRW,,,,,,,,\n");

        assertThat(appeal("duplicates", bundle.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("ACRONYM_MATCH", "\"Human Rights Watch\" (hrw)", "\"HRW\" (hrw-2)");
        assertThat(Files.readString(bundle.resolve("signatories.csv"))).contains("hrw-2,ORGANISATION,23,HRW");
    }

    @Test
    void importedVotesReachTheLettersHistory() throws IOException {
        appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace());
        // Made-up voting rows for the test (not a statement of how any state voted).
        Path votes = temp.resolve("votes.csv");
        Files.writeString(votes, "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,title\n"
                + "1,XAA,REPUBLIC OF KOREA,A,2024-12-17,79,A/RES/79/181,A/79/L.1,Made-up title\n"
                + "1,XAB,STATE BRAVO,Y,2024-12-17,79,A/RES/79/181,A/79/L.1,Made-up title\n");
        assertThat(appeal("import", "votes", votes.toString(), "--campaign", "rok-unga80-dprk-2025",
                "--workspace", workspace())).as(err.toString()).isZero();

        var data = new org.appeal.store.db.CampaignStore(Workspace.open(WorkspaceLocation.parse(workspace())))
                .load("rok-unga80-dprk-2025");
        var history = org.appeal.compose.LetterContext.of(data, data.addressee().orElseThrow(),
                new org.appeal.compose.Html("")).history();

        assertThat(data.votes()).hasSize(2);
        assertThat(history.ga().latest().number()).isEqualTo("79/181");
        assertThat(history.ga().latest().vote()).isEqualTo("abstained");
    }

    @Test
    void unknownCampaignAndAmbiguousInputAreBadInput() {
        assertThat(appeal("render", "--workspace", workspace(), "--campaign", "nope", "--out", temp.resolve("x.pdf").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no workspace at " + workspace());
        assertThat(Path.of(workspace())).as("a mistyped workspace is not created").doesNotExist();

        appeal("import", "bundle", SAMPLE.toString(), "--workspace", workspace());
        assertThat(appeal("render", "--workspace", workspace(), "--campaign", "nope", "--out", temp.resolve("x.pdf").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no campaign 'nope'");

        assertThat(appeal("render", "--out", temp.resolve("x.pdf").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("either as a BUNDLE folder or with --campaign ID");
    }

    @Test
    void aBrokenBundleImportsNothing() throws IOException {
        Path bundle = org.appeal.SampleBundle.copyTo(temp.resolve("bundle"));
        Files.writeString(bundle.resolve("signatories.csv"), "id,kind,position,name\nx,MONSTER,1,X\n");

        assertThat(appeal("import", "bundle", bundle.toString(), "--workspace", workspace())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("signatories.csv:2", "nothing was imported");
        assertThat(appeal("render", "--workspace", workspace(), "--campaign", "rok-unga80-dprk-2025",
                "--out", temp.resolve("x.pdf").toString())).isEqualTo(ExitCode.BAD_INPUT);
    }
}
