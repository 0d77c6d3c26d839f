package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows are read in the order their positions give, whatever order the file lists them in: the
 * writer writes that order, so a bundle exported and imported again keeps its addressee and lists
 * (a finding of {@code BundleReaderFuzzTest}, input {@code finding-rows-out-of-position-order}).
 */
class BundleReaderOrderTest {
    @TempDir
    Path dir;

    @Test
    void theFirstToByPositionIsTheAddresseeWhateverTheFileOrder() throws Exception {
        CampaignData data = new BundleReader().read(new FixtureBundle().text("recipients.csv", """
                id,role,position,name
                second,TO,2,Second Example
                cc-later,CC,4,Later Copy
                first,TO,1,First Example
                cc-earlier,CC,3,Earlier Copy
                """).writeTo(dir));

        assertThat(data.addressee()).map(Recipient::id).hasValue("first");
        assertThat(data.copied()).extracting(Recipient::id).containsExactly("cc-earlier", "cc-later");
    }

    @Test
    void rowsWithTheSamePositionAreOrderedByIdAsTheWriterWritesThem() throws Exception {
        CampaignData data = new BundleReader().read(new FixtureBundle().text("signatories.csv", """
                id,kind,position,name
                zeta,ORGANISATION,1,Zeta Organisation
                alpha,ORGANISATION,1,Alpha Organisation
                """).writeTo(dir));

        assertThat(data.signatories().all()).extracting(Signatory::id).containsExactly("alpha", "zeta");
    }

    @Test
    void aBundleWrittenBackReadsAsTheSameCampaign() throws Exception {
        CampaignData data = new BundleReader().read(new FixtureBundle().text("recipients.csv", """
                id,role,position,name
                second,TO,2,Second Example
                first,TO,1,First Example
                """).writeTo(dir.resolve("in")));
        Path out = Files.createDirectories(dir.resolve("out"));

        new BundleWriter().write(data, out);

        assertThat(new BundleReader().read(out)).isEqualTo(data);
    }
}
