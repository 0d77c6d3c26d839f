package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.appeal.domain.Addressing;
import org.appeal.domain.CampaignData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A letter's {@code addressing:} in campaign.yaml: one-letter when absent, written only when not. */
class AddressingKeyTest {
    @TempDir
    Path dir;

    @Test
    void perAddresseeIsReadAfterTheCitationKeysAndWrittenBack() throws Exception {
        Path canonical = dir.resolve("canonical");
        new BundleWriter().write(new BundleReader().read(new FixtureBundle().writeTo(dir)), canonical);
        String yaml = Files.readString(canonical.resolve("campaign.yaml"));
        assertThat(yaml).doesNotContain("addressing");
        String personal = yaml.replaceFirst("(?m)^(  bibliography: \\w+\n)", "$1  addressing: per-addressee\n");
        assertThat(personal).isNotEqualTo(yaml);
        Files.writeString(canonical.resolve("campaign.yaml"), personal);

        CampaignData data = new BundleReader().read(canonical);
        assertThat(data.letter().addressing()).isEqualTo(Addressing.PER_ADDRESSEE);

        Path out = dir.resolve("written");
        new BundleWriter().write(data, out);
        assertThat(out.resolve("campaign.yaml")).content().isEqualTo(personal);
    }

    @Test
    void theSampleIsOneLetterAndKeepsItsBytes() throws Exception {
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        assertThat(sample.letter().addressing()).isEqualTo(Addressing.ONE_LETTER);
        assertThat(sample.otherLetters()).allSatisfy(l -> assertThat(l.letter().addressing()).isEqualTo(Addressing.ONE_LETTER));

        new BundleWriter().write(sample, dir.resolve("out"));
        assertThat(dir.resolve("out/campaign.yaml")).hasSameTextualContentAs(Path.of("seeds/sample-campaign/campaign.yaml"));
    }

    @Test
    void anUnknownValueIsReportedWithItsLine() throws Exception {
        Path bundle = new FixtureBundle().writeTo(dir);
        String yaml = Files.readString(bundle.resolve("campaign.yaml"));
        String bad = yaml.replace("  body: letter.md\n", "  body: letter.md\n  addressing: each\n");
        Files.writeString(bundle.resolve("campaign.yaml"), bad);
        long line = bad.lines().takeWhile(l -> !l.startsWith("  addressing:")).count() + 1;

        assertThat(catchThrowableOfType(BundleException.class, () -> new BundleReader().read(bundle)).problems())
                .extracting(Object::toString).singleElement().asString()
                .isEqualTo("campaign.yaml:" + line + ": letter.addressing: unknown value 'each' (expected one of "
                        + "one-letter, per-addressee)");
    }
}
