package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.appeal.domain.CampaignData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a bundle may leave out: a letter that cites no resolution needs neither resolutions.csv nor
 * sponsorships.csv; votes.csv and approvals.csv are read when present and checked against the
 * other files. The fixture is made up.
 */
class OptionalFilesBundleTest {
    @TempDir
    Path dir;

    @Test
    void campaignRecipientsSignatoriesAndABodyAreABundle() throws Exception {
        new FixtureBundle().without("resolutions.csv").without("sponsorships.csv").writeTo(dir);

        CampaignData data = new BundleReader().read(dir);

        assertThat(data.resolutions()).isEmpty();
        assertThat(data.sponsorships()).isEmpty();
        assertThat(data.votes()).isEmpty();
        assertThat(data.approvals()).isEmpty();
        assertThat(data.recipients()).hasSize(1);
        assertThat(data.signatories().all()).hasSize(2);
        assertThat(data.letter().body()).isEqualTo("Dear Example,\n\nThis letter is made up.\n");

        Path written = dir.resolve("written");
        new BundleWriter().write(data, written);
        assertThat(written.resolve("resolutions.csv")).doesNotExist();
        assertThat(written.resolve("votes.csv")).doesNotExist();
        assertThat(written.resolve("approvals.csv")).doesNotExist();
        assertThat(new BundleReader().read(written)).isEqualTo(data);
    }

    @Test
    void aTableNoLongerInTheCampaignIsRewrittenEmptyOverAnOlderFile() throws Exception {
        new FixtureBundle().writeTo(dir);
        CampaignData data = new BundleReader().read(dir);

        new BundleWriter().write(data.withVotes(java.util.List.of()), dir);
        CampaignData without = new BundleReader().read(dir).withSponsorships(java.util.List.of());
        new BundleWriter().write(without, dir);

        assertThat(dir.resolve("sponsorships.csv")).content()
                .isEqualTo("id,state,body,year,date,resolution_symbol,cosponsored,source\n");
        assertThat(new BundleReader().read(dir).sponsorships()).isEmpty();
    }

    @Test
    void votesAndApprovalsMustNameWhatTheBundleHas() {
        new FixtureBundle()
                .text("votes.csv", """
                        resolution_symbol,state,choice
                        X/RES/1,Exampleland,YES
                        X/RES/9,Exampleland,NO
                        X/RES/1,Exampleland,ABSTAIN
                        X/RES/1,Otherland,MAYBE
                        """)
                .text("approvals.csv", """
                        signatory_id,text_sha256,recorded_by,recorded_at
                        foo-org,%s,someone,2030-01-01T00:00:00Z
                        nobody,%s,someone,2030-01-01T00:00:00Z
                        bar-person,not-a-hash,someone,yesterday
                        """.formatted("a".repeat(64), "b".repeat(64)))
                .writeTo(dir);

        BundleException e = catchThrowableOfType(BundleException.class, () -> new BundleReader().read(dir));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "votes.csv:3: resolution_symbol: no resolution with the symbol 'X/RES/9' in resolutions.csv",
                "votes.csv:4: state: a second vote of 'Exampleland' on 'X/RES/1' (the first is on line 2)",
                "votes.csv:5: choice: unknown value 'MAYBE' (expected one of YES, NO, ABSTAIN, ABSENT)",
                "approvals.csv:3: signatory_id: no signatory 'nobody' in signatories.csv",
                "approvals.csv:4: text_sha256: not a SHA-256 fingerprint (64 hexadecimal digits in lower case): 'not-a-hash'",
                "approvals.csv:4: recorded_at: not a time in the form yyyy-MM-ddTHH:mm:ssZ (UTC): 'yesterday'");
    }
}
