package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.appeal.domain.CampaignData;
import org.appeal.domain.SignatoryList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleRoundTripTest {
    private static final List<Path> FILES = org.appeal.SampleBundle.files(BundleReaderSampleTest.SAMPLE);

    @TempDir
    Path out;

    @Test
    void sampleIsAlreadyCanonicalByteForByte() throws Exception {
        new BundleWriter().write(new BundleReader().read(BundleReaderSampleTest.SAMPLE), out);

        assertThat(org.appeal.SampleBundle.files(out)).containsExactlyElementsOf(FILES);
        assertThat(FILES).contains(Path.of("briefing.md"), Path.of("sources.csv"), Path.of("evidence.csv"),
                Path.of("sources", "rok-note-verbale-2024.txt"));
        for (Path file : FILES) {
            assertThat(out.resolve(file)).as(file.toString()).hasSameBinaryContentAs(BundleReaderSampleTest.SAMPLE.resolve(file));
        }
    }

    @Test
    void rowOrderComesFromTheDataNotFromTheListOrder() throws Exception {
        CampaignData sample = new BundleReader().read(BundleReaderSampleTest.SAMPLE);
        Random random = new Random(7);
        CampaignData shuffled = new CampaignData(sample.campaign(), sample.letter(),
                shuffle(sample.recipients(), random), new SignatoryList(shuffle(sample.signatories().all(), random)),
                shuffle(sample.resolutions(), random), shuffle(sample.sponsorships(), random),
                shuffle(sample.sources(), random), shuffle(sample.evidence(), random), sample.otherLetters());

        new BundleWriter().write(shuffled, out);

        for (Path file : FILES) {
            assertThat(out.resolve(file)).as(file.toString()).hasSameBinaryContentAs(BundleReaderSampleTest.SAMPLE.resolve(file));
        }
    }

    @Test
    void writtenBundleReadsBackEqual() throws Exception {
        CampaignData sample = new BundleReader().read(BundleReaderSampleTest.SAMPLE);
        new BundleWriter().write(sample, out);

        assertThat(new BundleReader().read(out)).isEqualTo(sample);
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
