package org.appeal.cli;

import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The campaign a command works on: a bundle folder. */
final class CampaignInput {
    @Parameters(index = "0", paramLabel = "BUNDLE", description = "a campaign bundle folder (see docs/bundle-format.md)")
    Path bundle;

    CampaignData load() throws BadInput {
        try {
            return new BundleReader().read(bundle);
        } catch (BundleException e) {
            throw new BadInput("cannot read the campaign bundle " + bundle + ":",
                    e.problems().stream().map(Object::toString).toList());
        }
    }

    String describe() {
        return bundle.toString();
    }
}
