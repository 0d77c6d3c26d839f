package org.appeal.bench;

import org.appeal.domain.CampaignData;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.bundle.BundleWriter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample letter signed by COUNT made-up organisations (and the sample's own signatories), as
 * a bundle: the large-list benchmark's input. Usage: SignatoriesFixture COUNT BUNDLE-DIR
 */
public final class SignatoriesFixture {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        List<Signatory> all = new ArrayList<>(sample.signatories().all());
        LocalDate signed = sample.letter().signatoriesAsOf().minusDays(1);
        for (int i = 1; i <= count; i++) {
            all.add(new Signatory("made-up-" + i, Signatory.Kind.ORGANISATION, 1000 + i,
                    "Made-up Signing Group " + i, "MSG" + i, "", "", signed, null));
        }
        new BundleWriter().write(sample.withSignatories(new SignatoryList(all)), Path.of(args[1]));
        System.out.println("wrote " + args[1] + " with " + all.size() + " signatories");
    }
}
