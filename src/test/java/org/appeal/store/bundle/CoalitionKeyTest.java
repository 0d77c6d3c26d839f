package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coalition:} in campaign.yaml: optional, read when there, written only when set. */
class CoalitionKeyTest {
    @TempDir
    Path dir;

    @Test
    void aCoalitionIsReadAndWrittenBackAfterTheLanguage() throws Exception {
        Path canonical = dir.resolve("canonical");
        new BundleWriter().write(new BundleReader().read(new FixtureBundle().writeTo(dir)), canonical);
        String yaml = Files.readString(canonical.resolve("campaign.yaml"))
                .replace("language: en\n", "language: en\ncoalition: \"Made-up Coalition, for tests\"\n");
        Files.writeString(canonical.resolve("campaign.yaml"), yaml);

        CampaignData data = new BundleReader().read(canonical);
        assertThat(data.campaign().coalition()).isEqualTo("Made-up Coalition, for tests");

        Path out = dir.resolve("written");
        new BundleWriter().write(data, out);
        assertThat(out.resolve("campaign.yaml")).content().isEqualTo(yaml);
    }

    @Test
    void noCoalitionReadsAsEmptyAndWritesNoKey() throws Exception {
        CampaignData data = new BundleReader().read(new FixtureBundle().writeTo(dir));
        assertThat(data.campaign().coalition()).isEmpty();

        Path out = dir.resolve("written");
        new BundleWriter().write(data, out);
        assertThat(out.resolve("campaign.yaml")).content().doesNotContain("coalition");
        assertThat(new BundleReader().read(out).campaign()).isEqualTo(new Campaign("test-campaign",
                "Made-up campaign for tests", "en"));
    }

    @Test
    void aCoalitionThatIsNotOneValueIsReportedWithItsLine() throws Exception {
        String yaml = Files.readString(new FixtureBundle().writeTo(dir).resolve("campaign.yaml"))
                .replace("language: en\n", "language: en\ncoalition:\n  - one\n  - two\n");
        Files.writeString(dir.resolve("campaign.yaml"), yaml);

        assertThat(catchThrowableOfType(BundleException.class, () -> new BundleReader().read(dir)).problems())
                .extracting(Object::toString).singleElement().asString().startsWith("campaign.yaml:5: coalition: ");
    }
}
