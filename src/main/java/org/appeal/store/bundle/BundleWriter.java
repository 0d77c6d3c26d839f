package org.appeal.store.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CampaignImage;
import org.appeal.domain.Signatory;
import org.appeal.files.ConfinedFolder;
import org.appeal.files.PathRefused;
import org.appeal.domain.NamedLetter;
import org.appeal.domain.Source;

/**
 * Writes a campaign as a bundle folder in canonical form (see {@code docs/bundle-format.md}): the
 * same data always gives the same bytes, so bundles diff cleanly under version control.
 */
public final class BundleWriter {
    /**
     * Writes (or replaces) the bundle files in {@code dir}, creating it if needed. Each file is
     * replaced atomically and only after all of them are written; other files in {@code dir} are kept.
     *
     * Sources and evidence are written only when the campaign has them ({@code sources.csv} with each
     * text under {@code sources/}, {@code evidence.csv}); so are deliveries ({@code deliveries.csv}),
     * unless {@code dir} already has that file, which is then rewritten with no rows.
     */
    public void write(CampaignData data, Path dir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(BundleLayout.RECIPIENTS.fileName(), CanonicalCsv.write(BundleLayout.RECIPIENTS, data.recipients()));
        files.put(BundleLayout.SIGNATORIES.fileName(),
                CanonicalCsv.write(BundleLayout.SIGNATORIES, data.signatories().all()));
        if (written(data.resolutions(), dir, BundleLayout.RESOLUTIONS)) {
            files.put(BundleLayout.RESOLUTIONS.fileName(),
                    CanonicalCsv.write(BundleLayout.RESOLUTIONS, data.resolutions()));
        }
        if (written(data.sponsorships(), dir, BundleLayout.SPONSORSHIPS)) {
            files.put(BundleLayout.SPONSORSHIPS.fileName(),
                    CanonicalCsv.write(BundleLayout.SPONSORSHIPS, data.sponsorships()));
        }
        if (written(data.votes(), dir, BundleLayout.VOTES)) {
            files.put(BundleLayout.VOTES.fileName(), CanonicalCsv.write(BundleLayout.VOTES,
                    data.votes().stream().map(v -> new VotesTable.Entry(v, 0)).toList()));
        }
        if (written(data.approvals(), dir, BundleLayout.APPROVALS)) {
            files.put(BundleLayout.APPROVALS.fileName(), CanonicalCsv.write(BundleLayout.APPROVALS,
                    data.approvals().stream().map(a -> new ApprovalsTable.Entry(a, 0)).toList()));
        }
        if (!data.sources().isEmpty()) {
            List<SourceEntry> entries = new ArrayList<>();
            List<String> textFiles = SourcesTable.textFilesOf(data.sources());
            for (int i = 0; i < data.sources().size(); i++) {
                Source source = data.sources().get(i);
                String textFile = textFiles.get(i);
                entries.add(new SourceEntry(source, textFile, 0));
                if (!textFile.isEmpty()) {
                    files.put(textFile, SourceTextFile.write(source.paragraphs(), source.unnumbered()));
                }
            }
            files.put(BundleLayout.SOURCES.fileName(), CanonicalCsv.write(BundleLayout.SOURCES, entries));
        }
        if (!data.evidence().isEmpty()) {
            files.put(BundleLayout.EVIDENCE.fileName(), CanonicalCsv.write(BundleLayout.EVIDENCE,
                    data.evidence().stream().map(e -> new EvidenceTable.Entry(e, 0)).toList()));
        }
        // Written when there are deliveries, or as a header alone over an older file, so a stale list
        // never reads back; a campaign that never sent anything keeps a bundle without the file.
        if (!data.deliveries().isEmpty() || java.nio.file.Files.exists(dir.resolve(BundleLayout.DELIVERIES.fileName()),
                java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            files.put(BundleLayout.DELIVERIES.fileName(), CanonicalCsv.write(BundleLayout.DELIVERIES,
                    data.deliveries().stream().map(d -> new DeliveriesTable.Entry(d, 0)).toList()));
        }
        files.put(BundleLayout.LETTER_BODY, LineBreaks.normalize(data.letter().body()));
        for (NamedLetter other : data.otherLetters()) {
            files.put(CampaignYamlWriter.bodyFileOf(other, data.campaign()), LineBreaks.normalize(other.letter().body()));
        }
        // Last, because it names the body files: a reader never sees it point at a file not yet there.
        files.put(CampaignFile.NAME, new CampaignYamlWriter().write(data.campaign(), data.letter(),
                BundleLayout.LETTER_BODY, data.otherLetters()));

        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (CampaignImage image : data.images()) {
            bytes.put(imageFile(image), image.bytes());
        }
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        StagedFiles.replaceAll(dir, bytes);
    }

    /**
     * The signature images signatories name that the campaign does not hold (a workspace made before
     * images were kept): the bundle names them, and they must be copied into it by hand.
     */
    public List<String> missingImages(CampaignData data) {
        java.util.Set<String> held = new java.util.HashSet<>();
        data.images().forEach(i -> held.add(i.path()));
        return data.signatories().all().stream().filter(Signatory::hasSignatureImage).map(Signatory::signatureImage)
                .filter(path -> !held.contains(path)).distinct().sorted().toList();
    }

    /** An image's file in the bundle: its own path, which must stay inside the folder. */
    private static String imageFile(CampaignImage image) {
        try {
            ConfinedFolder.relativeName(image.path(), "the bundle folder");
        } catch (PathRefused e) {
            throw new IllegalArgumentException("signature image: " + e.getMessage());
        }
        return image.path();
    }

    /**
     * A table a bundle may leave out is written when it has rows, or as a header alone over an older
     * file of that name, so that rows no longer in the campaign never read back.
     */
    private static boolean written(List<?> rows, Path dir, BundleTable<?> table) {
        return !rows.isEmpty() || java.nio.file.Files.exists(dir.resolve(table.fileName()),
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }
}
