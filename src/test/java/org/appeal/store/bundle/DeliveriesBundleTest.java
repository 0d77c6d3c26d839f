package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deliveries.csv}. The deliveries, addresses, receipts and hashes are made up. */
class DeliveriesBundleTest {
    private static final String SHA = "0123456789abcdef".repeat(4);

    @TempDir
    Path dir;

    /** In the canonical order: by time, planned ones (no time) last. */
    private static List<Delivery> deliveries() {
        return List.of(
                new Delivery("d-1", "prime-minister", "briefing", null, Delivery.Channel.FAX, Delivery.Status.CONFIRMED,
                        Instant.parse("2025-10-28T08:00:00Z"), "홍길동", "+82 44 200 2144", "receipt 0042",
                        "office confirmed\nby phone", SHA),
                new Delivery("d-2", "president", "letter", 2, Delivery.Channel.EMAIL, Delivery.Status.FAILED,
                        Instant.parse("2025-10-28T09:00:00Z"), "kim", "made-up@example.invalid", "",
                        "550 5.1.1 mailbox unknown, \"as the server said\"", SHA),
                new Delivery("d-0", "president", "letter", null, Delivery.Channel.POST, Delivery.Status.PLANNED, null,
                        "", "", "", "", ""));
    }

    @Test
    void deliveriesWriteInTimeOrderAndReadBackEqual() throws Exception {
        CampaignData sample = new BundleReader().read(BundleReaderSampleTest.SAMPLE).withDeliveries(deliveries());

        new BundleWriter().write(sample.withDeliveries(List.of(deliveries().get(2), deliveries().get(1), deliveries().get(0))), dir);

        assertThat(Files.readString(dir.resolve("deliveries.csv"))).isEqualTo("""
                id,recipient_id,letter,letter_version,channel,status,at,by,address,reference,note,pdf_sha256
                d-1,prime-minister,briefing,,FAX,CONFIRMED,2025-10-28T08:00:00Z,홍길동,+82 44 200 2144,receipt 0042,"office confirmed
                by phone",%1$s
                d-2,president,letter,2,EMAIL,FAILED,2025-10-28T09:00:00Z,kim,made-up@example.invalid,,"550 5.1.1 mailbox unknown, ""as the server said""\",%1$s
                d-0,president,letter,,POST,PLANNED,,,,,,
                """.formatted(SHA));
        assertThat(new BundleReader().read(dir)).isEqualTo(sample);
    }

    @Test
    void exportImportExportIsByteIdentical() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        new BundleWriter().write(new BundleReader().read(BundleReaderSampleTest.SAMPLE).withDeliveries(deliveries()), first);

        new BundleWriter().write(new BundleReader().read(first), second);

        for (Path file : org.appeal.SampleBundle.files(first)) {
            assertThat(second.resolve(file)).as(file.toString()).hasSameBinaryContentAs(first.resolve(file));
        }
        assertThat(org.appeal.SampleBundle.files(second)).isEqualTo(org.appeal.SampleBundle.files(first));
    }

    @Test
    void noDeliveriesNoFileButAnOlderFileIsEmptiedNotLeftStale() throws Exception {
        CampaignData sample = new BundleReader().read(BundleReaderSampleTest.SAMPLE);
        new BundleWriter().write(sample, dir);
        assertThat(dir.resolve("deliveries.csv")).doesNotExist();

        new BundleWriter().write(sample.withDeliveries(deliveries()), dir);
        new BundleWriter().write(sample, dir);

        assertThat(Files.readString(dir.resolve("deliveries.csv")))
                .isEqualTo("id,recipient_id,letter,letter_version,channel,status,at,by,address,reference,note,pdf_sha256\n");
        assertThat(new BundleReader().read(dir).deliveries()).isEmpty();
    }

    @Test
    void aBadRowIsReportedWithItsLineAndNothingIsRead() {
        new FixtureBundle().text("deliveries.csv", """
                id,recipient_id,letter,letter_version,channel,status,at,by,address,reference,note,pdf_sha256
                d1,alpha,,1,FAX,SENT,2030-01-16T09:00:00Z,kim,+00 0000,,,%1$s
                d2,nobody,memo,,FAX,SENT,2030-01-16T09:00:00Z,kim,,,,%1$s
                d3,alpha,,,PIGEON,SENT,yesterday,kim,,,,%1$s
                d4,alpha,,,FAX,SENT,2030-01-16T09:00:00Z,kim,,,,
                d5,alpha,,0,FAX,PLANNED,,,,,,
                """.formatted(SHA)).writeTo(dir);

        BundleException e = catchThrowableOfType(BundleException.class, () -> new BundleReader().read(dir));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "deliveries.csv:3: recipient_id: no recipient 'nobody' in recipients.csv",
                "deliveries.csv:3: letter: no letter 'memo' in campaign.yaml",
                "deliveries.csv:4: channel: unknown value 'PIGEON' (expected one of EMAIL, FAX, POST, BY_HAND, OTHER)",
                "deliveries.csv:4: at: not a time in the form yyyy-MM-ddTHH:mm:ssZ (UTC): 'yesterday'",
                "deliveries.csv:5: a delivery that is SENT needs the SHA-256 of the PDF that was sent",
                "deliveries.csv:6: letter_version: a letter version counts from 1, not 0");
    }
}
