package org.appeal.cli;

import org.appeal.domain.PdfFingerprint;
import org.appeal.store.db.OnBothDatabases;
import org.appeal.store.db.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code appeal delivery record|list|status} on SQLite and PostgreSQL. The sample campaign's
 * recipients are real offices; the receipts, times and notes recorded here are made up.
 */
class DeliveryCommandsTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int appeal(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CliRun.appeal(out, err, args);
    }

    /** The sample imported, and one letter rendered from the workspace (which records version 1). */
    private Path prepared(String workspace) {
        assertThat(appeal("import", "bundle", "seeds/sample-campaign", "-w", workspace)).as(err.toString()).isZero();
        Path pdf = temp.resolve("prime-minister.pdf");
        assertThat(appeal("render", "-w", workspace, "--campaign", CAMPAIGN, "--recipient", "prime-minister",
                "--out", pdf.toString())).as(err.toString()).isZero();
        return pdf;
    }

    @OnBothDatabases
    void aFaxIsRecordedWithTheFilesHashAndListedAsSent(TestDatabase db) throws IOException {
        String workspace = db.location().jdbcUrl();
        Path pdf = prepared(workspace);
        String sha = PdfFingerprint.of(Files.readAllBytes(pdf));

        int code = appeal("delivery", "record", "-w", workspace, "--campaign", CAMPAIGN, "--recipient", "prime-minister",
                "--channel", "fax", "--status", "sent", "--file", pdf.toString(), "--reference", "receipt 0042",
                "--at", "2025-10-28T18:30:00+09:00", "--by", "Kim Example");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Recorded delivery ").contains(": letter 'letter' version 1 to"
                + " prime-minister by fax (+82 44 200 2144), sent at 2025-10-28T09:30:00Z, PDF SHA-256 " + sha);
        assertThat(appeal("delivery", "list", "-w", workspace, "--campaign", CAMPAIGN)).as(err.toString()).isZero();
        assertThat(out.toString()).contains(
                "Letter 'letter' (newest version 1):",
                "  president                still to get: not sent",
                "  prime-minister           sent",
                "3 of 4 recipients still to get it.",
                "  2025-10-28T09:30:00Z  prime-minister  fax  sent  version 1  to +82 44 200 2144  by Kim Example",
                "sha256 " + sha,
                "      reference: receipt 0042");
    }

    @OnBothDatabases
    void aFailureAndAConfirmationAreFilteredByStatus(TestDatabase db) {
        String workspace = db.location().jdbcUrl();
        Path pdf = prepared(workspace);
        appeal("delivery", "record", "-w", workspace, "--campaign", CAMPAIGN, "--recipient", "foreign-minister",
                "--channel", "FAX", "--status", "failed", "--file", pdf.toString(), "--note", "line busy",
                "--at", "2025-10-28T08:00:00Z");
        assertThat(appeal("delivery", "record", "-w", workspace, "--campaign", CAMPAIGN, "--recipient", "foreign-minister",
                "--channel", "by-hand", "--status", "sent", "--file", pdf.toString(), "--at", "2025-10-28T10:00:00Z"))
                .as(err.toString()).isZero();
        String id = out.toString().replaceFirst("(?s)^Recorded delivery ([0-9a-f-]{36}):.*", "$1");

        assertThat(appeal("delivery", "status", id, "-w", workspace, "--campaign", CAMPAIGN, "--status", "confirmed",
                "--note", "stamped receipt")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("Delivery " + id + " to foreign-minister is now confirmed.\n");

        assertThat(appeal("delivery", "list", "-w", workspace, "--campaign", CAMPAIGN, "--status", "failed"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("  foreign-minister         confirmed", "fax  failed", "      note: line busy")
                .doesNotContain("by-hand");
        assertThat(appeal("delivery", "list", "-w", workspace, "--campaign", CAMPAIGN, "--status", "confirmed,sent"))
                .isZero();
        assertThat(out.toString()).contains("by-hand  confirmed", "      note: stamped receipt").doesNotContain("failed");
    }

    @OnBothDatabases
    void badInputIsOneClearLineAndNothingIsRecorded(TestDatabase db) {
        String workspace = db.location().jdbcUrl();
        Path pdf = prepared(workspace);

        assertThat(appeal("delivery", "record", "-w", workspace, "--campaign", CAMPAIGN, "--recipient", "nobody",
                "--channel", "fax", "--status", "sent", "--file", pdf.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("appeal: campaign 'rok-unga80-dprk-2025' has no recipient 'nobody' (its"
                + " recipients: president, prime-minister, foreign-minister, unification-minister)\n");
        assertThat(appeal("delivery", "record", "-w", workspace, "--campaign", CAMPAIGN, "--recipient", "president",
                "--channel", "pigeon", "--status", "sent", "--file", pdf.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("appeal: --channel: unknown value 'pigeon' (expected one of email, fax,"
                + " post, by-hand, other)\n");
        assertThat(appeal("delivery", "record", "-w", workspace, "--campaign", CAMPAIGN, "--recipient", "president",
                "--channel", "post", "--status", "sent")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("appeal: --file is required for a delivery that is sent: its SHA-256 is"
                + " what proves which PDF was sent\n");
        assertThat(appeal("delivery", "record", "-w", workspace, "--campaign", CAMPAIGN, "--recipient", "president",
                "--channel", "post", "--status", "sent", "--file", temp.resolve("missing.pdf").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("appeal: file not found: " + temp.resolve("missing.pdf") + "\n");

        assertThat(appeal("delivery", "list", "-w", workspace, "--campaign", CAMPAIGN)).isZero();
        assertThat(out.toString()).contains("4 of 4 recipients still to get it.", "No deliveries.");
    }

    @OnBothDatabases
    void deliveriesTravelInTheBundleAndComeBackByteForByte(TestDatabase db) throws IOException {
        String workspace = db.location().jdbcUrl();
        Path pdf = prepared(workspace);
        appeal("delivery", "record", "-w", workspace, "--campaign", CAMPAIGN, "--recipient", "president",
                "--channel", "post", "--status", "planned");
        appeal("delivery", "record", "-w", workspace, "--campaign", CAMPAIGN, "--recipient", "prime-minister",
                "--channel", "fax", "--status", "sent", "--file", pdf.toString(), "--at", "2025-10-28T09:30:00Z");
        Path first = temp.resolve("first");
        assertThat(appeal("export", "bundle", CAMPAIGN, first.toString(), "-w", workspace)).as(err.toString()).isZero();
        Path other = temp.resolve("other.db");
        Path second = temp.resolve("second");

        assertThat(appeal("import", "bundle", first.toString(), "-w", other.toString())).as(err.toString()).isZero();
        assertThat(appeal("export", "bundle", CAMPAIGN, second.toString(), "-w", other.toString())).isZero();

        assertThat(Files.readString(first.resolve("deliveries.csv")).lines())
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).contains(",president,letter,1,POST,PLANNED,,"))
                .anySatisfy(line -> assertThat(line).contains(",prime-minister,letter,1,FAX,SENT,2025-10-28T09:30:00Z,"));
        for (Path file : org.appeal.SampleBundle.files(first)) {
            assertThat(second.resolve(file)).as(file.toString()).hasSameBinaryContentAs(first.resolve(file));
        }
    }
}
