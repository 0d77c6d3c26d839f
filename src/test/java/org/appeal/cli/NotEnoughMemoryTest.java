package org.appeal.cli;

import org.appeal.SampleBundle;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.bundle.BundleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A job larger than the memory the command line may use ends with one clear line, and writes nothing. */
class NotEnoughMemoryTest {
    @TempDir
    Path temp;

    @Test
    void theMessageSaysHowMuchMemoryThereWasAndWhatToDo() {
        assertThat(NotEnoughMemory.message(512L * 1024 * 1024))
                .contains("not enough memory", "512 MB", "nothing was written", "APPEAL_JAVA_OPTIONS=-Xmx2g");
        assertThat(NotEnoughMemory.causedBy(new IllegalStateException("x", new OutOfMemoryError()))).isTrue();
        assertThat(NotEnoughMemory.causedBy(new IllegalStateException("x"))).isFalse();
    }

    @Test
    void aLetterTooLargeForTheHeapIsRefusedInOneLineThroughARealProcess() throws Exception {
        // The sample letter signed by 30,000 made-up organisations, rendered with a 48 MB heap.
        CampaignData sample = new BundleReader().read(SampleBundle.FOLDER);
        List<Signatory> all = new ArrayList<>(sample.signatories().all());
        LocalDate signed = sample.letter().signatoriesAsOf().minusDays(1);
        for (int i = 1; i <= 30_000; i++) {
            all.add(new Signatory("made-up-" + i, Signatory.Kind.ORGANISATION, 1000 + i,
                    "Made-up Signing Group " + i, "MSG" + i, "", "", signed, null));
        }
        Path bundle = temp.resolve("bundle");
        new BundleWriter().write(sample.withSignatories(new SignatoryList(all)), bundle);
        Path pdf = temp.resolve("letter.pdf");

        CliRun.Result result = CliRun.process(CliRun.Launch.in(temp).withJvmOptions("-Xmx48m"),
                "render", bundle.toString(), "--out", pdf.toString());

        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.INTERNAL);
        assertThat(result.errLines()).as(result.toString()).anySatisfy(line -> assertThat(line)
                .startsWith("appeal: not enough memory: this job needs more than the"));
        assertThat(result.err()).doesNotContain("OutOfMemoryError", "\tat ");
        assertThat(pdf).doesNotExist();
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsOnly("bundle");
    }
}
