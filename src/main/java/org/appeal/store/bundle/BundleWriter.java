package org.appeal.store.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.appeal.domain.CampaignData;

/**
 * Writes a campaign as a bundle folder in canonical form (see {@code docs/bundle-format.md}): the
 * same data always gives the same bytes, so bundles diff cleanly under version control.
 */
public final class BundleWriter {
    /**
     * Writes (or replaces) the bundle files in {@code dir}, creating it if needed. Each file is
     * replaced atomically and only after all of them are written; other files in {@code dir} are kept.
     *
     * @throws IllegalArgumentException when the campaign has sources or evidence, which format 1 cannot hold
     */
    public void write(CampaignData data, Path dir) throws IOException {
        if (!data.sources().isEmpty() || !data.evidence().isEmpty()) {
            throw new IllegalArgumentException("bundle format " + CampaignFile.FORMAT_VERSION
                    + " cannot hold sources or evidence yet; writing would drop them");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(BundleLayout.RECIPIENTS.fileName(), CanonicalCsv.write(BundleLayout.RECIPIENTS, data.recipients()));
        files.put(BundleLayout.SIGNATORIES.fileName(),
                CanonicalCsv.write(BundleLayout.SIGNATORIES, data.signatories().all()));
        files.put(BundleLayout.RESOLUTIONS.fileName(), CanonicalCsv.write(BundleLayout.RESOLUTIONS, data.resolutions()));
        files.put(BundleLayout.SPONSORSHIPS.fileName(),
                CanonicalCsv.write(BundleLayout.SPONSORSHIPS, data.sponsorships()));
        files.put(BundleLayout.LETTER_BODY, LineBreaks.normalize(data.letter().body()));
        // Last, because it names the body file: a reader never sees it point at a file not yet there.
        files.put(CampaignFile.NAME,
                new CampaignYamlWriter().write(data.campaign(), data.letter(), BundleLayout.LETTER_BODY));

        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        StagedFiles.replaceAll(dir, bytes);
    }
}
