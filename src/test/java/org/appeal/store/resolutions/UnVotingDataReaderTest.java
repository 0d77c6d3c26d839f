package org.appeal.store.resolutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.appeal.domain.Resolution;
import org.appeal.domain.UnBody;
import org.appeal.domain.Vote;
import org.appeal.domain.Vote.Choice;
import org.appeal.store.ImportException;
import org.appeal.store.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the made-up fixture in {@code src/test/resources/undl/} (see its README) and broken variants of it. */
class UnVotingDataReaderTest {
    private static final String HEADER = "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,title,undl_link\n";

    @TempDir
    Path dir;

    private final UnVotingDataReader reader = new UnVotingDataReader();

    private static Path fixture() throws URISyntaxException {
        return Path.of(UnVotingDataReaderTest.class.getResource("/undl/ga-voting-made-up.csv").toURI());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("votes.csv"), text, StandardCharsets.UTF_8);
    }

    private ImportException readFails(Path csv) {
        return catchThrowableOfType(ImportException.class, () -> reader.read(csv));
    }

    @Test
    void readsResolutionsOnceEachWithNormalisedSymbolsAndTheirSessionDateAndTitle() throws Exception {
        VotingData data = reader.read(fixture());

        assertThat(data.resolutions()).containsExactly(
                new Resolution("a-res-98-101", "A/RES/98/101", UnBody.GA, 98, LocalDate.of(2043, 12, 15),
                        "Placeholder resolution on a made-up topic", Resolution.Adoption.RECORDED_VOTE,
                        "https://example.org/undl/record/9900101"),
                new Resolution("a-res-99-12", "A/RES/99/12", UnBody.GA, 99, LocalDate.of(2044, 12, 16),
                        "Made-up resolution on examples, samples and tests", Resolution.Adoption.RECORDED_VOTE,
                        "https://example.org/undl/record/9900202"),
                // An emergency special session has no regular session number; its symbol says which it was.
                new Resolution("a-res-es-99-3", "A/RES/ES-99/3", UnBody.GA, null, LocalDate.of(2045, 3, 2),
                        "Invented emergency special session text", Resolution.Adoption.RECORDED_VOTE,
                        "https://example.org/undl/record/9900303"));
    }

    @Test
    void readsEveryStatesVoteWithXAndEmptyAsAbsent() throws Exception {
        VotingData data = reader.read(fixture());

        assertThat(data.votes()).hasSize(12);
        assertThat(data.votesOn("A/RES/98/101")).extracting(Vote::state, Vote::choice).containsExactly(
                tuple("STATE ALPHA", Choice.YES), tuple("STATE BRAVO", Choice.NO),
                tuple("STATE CHARLIE", Choice.ABSTAIN), tuple("STATE DELTA", Choice.ABSENT));
        assertThat(data.votesOn("A/RES/99/12")).extracting(Vote::choice)
                .containsExactly(Choice.YES, Choice.YES, Choice.ABSENT, Choice.NO);
    }

    @Test
    void matchesHeaderWithoutRegardToCaseOrderOrExtraColumns() throws Exception {
        Path csv = write("""
                Title ,RESOLUTION,Extra_Column,Ms_Vote,MS_NAME,Date,Session
                Made-up title,a/res/97/5,ignored,n,STATE ALPHA,2042-12-01,97
                Made-up title,97/5,ignored,y,STATE BRAVO,2042-12-01,97
                """);

        VotingData data = reader.read(csv);

        assertThat(data.resolutions()).extracting(Resolution::symbol, Resolution::title, Resolution::source)
                .containsExactly(tuple("A/RES/97/5", "Made-up title", "UN Digital Library voting data"));
        assertThat(data.votes()).containsExactly(new Vote("A/RES/97/5", "STATE ALPHA", Choice.NO),
                new Vote("A/RES/97/5", "STATE BRAVO", Choice.YES));
    }

    @Test
    void ignoresAByteOrderMarkBeforeTheHeader() throws Exception {
        Path csv = write("\uFEFF" + HEADER + "1,XAA,STATE ALPHA,Y,2042-12-01,97,A/RES/97/5,,Made-up title,\n");

        assertThat(reader.read(csv).votes()).containsExactly(new Vote("A/RES/97/5", "STATE ALPHA", Choice.YES));
    }

    @Test
    void reportsEveryBadCellWithLineAndFieldAndReturnsNothing() throws Exception {
        Path csv = write(HEADER
                + "1,XAA,STATE ALPHA,Y,2042-12-01,97,A/RES/97/5,,Made-up title,\n"
                + "1,XAB,STATE BRAVO,MAYBE,2042-12-01,97,A/RES/97/5,,Made-up title,\n"
                + "1,XAC,STATE CHARLIE,N,2042-13-01,97,A/RES/97/5,,Made-up title,\n"
                + "1,XAD,,Y,2042-12-01,ninety-seven,S/RES/2999,,Made-up title,\n"
                + "2,XAA,STATE ALPHA,Y,01/12/2042,97,97/6,,Another made-up title\n");

        ImportException e = readFails(csv);

        assertThat(e.problems()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
                .containsExactly(
                        tuple("votes.csv", 3L, "ms_vote"),
                        tuple("votes.csv", 4L, "date"),
                        tuple("votes.csv", 5L, "resolution"),
                        tuple("votes.csv", 5L, "ms_name"),
                        tuple("votes.csv", 5L, "session"),
                        tuple("votes.csv", 6L, ""),
                        tuple("votes.csv", 6L, "date"));
        assertThat(e.problems().get(0).message()).isEqualTo("unknown vote 'MAYBE' (expected Y, N, A, X or empty)");
        assertThat(e.getMessage()).contains("votes.csv:4: date: not a date in the form yyyy-MM-dd: '2042-13-01'");
    }

    @Test
    void rowsOfOneResolutionMustAgreeAndAStateVotesOnce() throws Exception {
        Path csv = write(HEADER
                + "1,XAA,STATE ALPHA,Y,2042-12-01,97,A/RES/97/5,,Made-up title,\n"
                + "1,XAB,STATE BRAVO,N,2042-12-02,97,97/5,,Made-up title,\n"
                + "1,XAC,STATE CHARLIE,N,2042-12-01,97,A/RES/97/5,,A different made-up title,\n"
                + "1,XAA,STATE ALPHA,N,2042-12-01,97,A/RES/97/5,,Made-up title,\n");

        ImportException e = readFails(csv);

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::message)
                .containsExactly(
                        tuple(3L, "date", "A/RES/97/5 has date '2042-12-01' on line 2 but '2042-12-02' here"),
                        tuple(4L, "title", "A/RES/97/5 has title 'Made-up title' on line 2 but"
                                + " 'A different made-up title' here"),
                        tuple(5L, "ms_name", "STATE ALPHA already has a vote on A/RES/97/5 (line 2)"));
    }

    @Test
    void aTitleSpanningLinesDoesNotShiftTheLinesOfLaterRows() throws Exception {
        Path csv = write(HEADER
                + "1,XAA,STATE ALPHA,Y,2042-12-01,97,A/RES/97/5,,\"Made-up title\nin two lines\",\n"
                + "\n"
                + "1,XAB,STATE BRAVO,Q,2042-12-01,97,A/RES/97/5,,\"Made-up title\nin two lines\",\n");

        assertThat(readFails(csv).problems()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(5L, "ms_vote"));
    }

    @Test
    void aMissingRequiredColumnIsReportedOnceOnTheHeader() throws Exception {
        Path csv = write("undl_id,ms_name,ms_vote,date,session,title\n1,STATE ALPHA,Y,2042-12-01,97,Made-up\n");

        assertThat(readFails(csv).problems()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(1L, "resolution"));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirLine() throws Exception {
        byte[] good = (HEADER + "1,XAA,STATE ALPHA,Y,2042-12-01,97,A/RES/97/5,,Made-up title,\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "1,XAB,C\u00d4TE EXEMPLE,Y,2042-12-01,97,A/RES/97/5,,Made-up title,\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, concat(good, latin1));

        assertThat(readFails(csv).problems()).extracting(ImportProblem::file, ImportProblem::line)
                .containsExactly(tuple("latin1.csv", 3L));
    }

    @Test
    void emptyAndMissingFiles() throws Exception {
        assertThat(readFails(write("")).problems()).extracting(ImportProblem::message)
                .containsExactly("file is empty; the first line must be the header");
        assertThat(readFails(dir.resolve("nowhere.csv")).problems()).extracting(ImportProblem::message)
                .containsExactly("file does not exist");
    }

    @Test
    void streamsALargeFile() throws Exception {
        // 500 made-up resolutions x 193 made-up states, about a ninth of the real file.
        Path csv = dir.resolve("large.csv");
        try (var out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            for (int r = 1; r <= 500; r++) {
                for (int s = 1; s <= 193; s++) {
                    out.write(r + ",X" + s + ",STATE " + s + "," + "YNAX".charAt((r + s) % 4) + ",2042-12-01,97,97/"
                            + r + ",,Made-up title " + r + ",\n");
                }
            }
        }

        long start = System.nanoTime();
        VotingData data = reader.read(csv);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(data.resolutions()).hasSize(500);
        assertThat(data.votes()).hasSize(96_500);
        assertThat(data.votes().get(96_499)).isEqualTo(new Vote("A/RES/97/500", "STATE 193", Choice.NO));
        assertThat(millis).as("milliseconds to read 96,500 rows").isLessThan(10_000);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
