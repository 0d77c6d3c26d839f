package org.appeal.app;

import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;

import java.nio.file.Path;

/** Reads a campaign bundle folder: the slow part of an import, done before anything is written. */
@FunctionalInterface
public interface BundleLoader {
    /** {@link BundleReader}: every problem of the bundle, or its campaign. */
    BundleLoader STANDARD = folder -> new BundleReader().read(folder);

    CampaignData read(Path folder) throws BundleException;
}
