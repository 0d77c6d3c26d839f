package org.appeal.store.bundle;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.Optional;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.domain.Resolution;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;
import org.appeal.domain.Sponsorship;

/**
 * Reads a campaign bundle folder (see {@code docs/bundle-format.md}). All files are checked in
 * full before anything is returned: either the whole campaign loads, or a {@link BundleException}
 * lists every problem in every file.
 */
public final class BundleReader {
    private static final String BODY_KEY = "letter.body";

    public CampaignData read(Path dir) throws BundleException {
        if (!Files.isDirectory(dir)) {
            throw new BundleException(List.of(new BundleProblem(dir.toString(), 0, "", "bundle folder does not exist")));
        }
        Problems problems = new Problems();
        CampaignFile campaign = BundleText.read(dir, CampaignFile.NAME, problems)
                .map(text -> new CampaignYamlReader(problems).read(text))
                .orElse(null);
        String body = campaign == null ? null : readBody(dir, campaign, problems);
        List<Recipient> recipients = readTable(dir, BundleLayout.RECIPIENTS, problems);
        SignatureImageCheck images = new SignatureImageCheck(dir, BundleLayout.SIGNATORIES.fileName(), problems);
        List<Signatory> signatories = readTable(dir, BundleLayout.SIGNATORIES, problems, (row, signatory) -> {
            if (signatory.hasSignatureImage()) {
                images.check(row.line(), signatory.signatureImage());
            }
        });
        List<Resolution> resolutions = readTable(dir, BundleLayout.RESOLUTIONS, problems);
        List<Sponsorship> sponsorships = readTable(dir, BundleLayout.SPONSORSHIPS, problems);
        for (String name : BundleLayout.NOT_YET_SUPPORTED) {
            if (Files.exists(dir.resolve(name))) {
                problems.add(name, 0, "", "not part of bundle format " + CampaignFile.FORMAT_VERSION
                        + "; this version cannot read it and will not drop it silently");
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleException(problems.sorted());
        }
        return new CampaignData(campaign.campaign(), campaign.letter(body), recipients, new SignatoryList(signatories),
                resolutions, sponsorships, List.of(), List.of());
    }

    /**
     * Just the resolution tables of a folder ({@code resolutions.csv}, {@code sponsorships.csv}, in
     * the bundle's own format; either may be missing): for adding a state's record to a campaign.
     */
    public ResolutionTables readResolutionTables(Path dir) throws BundleException {
        boolean any = Files.exists(dir.resolve(BundleLayout.RESOLUTIONS.fileName()))
                || Files.exists(dir.resolve(BundleLayout.SPONSORSHIPS.fileName()));
        if (!Files.isDirectory(dir) || !any) {
            throw new BundleException(List.of(new BundleProblem(dir.toString(), 0, "",
                    "no " + BundleLayout.RESOLUTIONS.fileName() + " or " + BundleLayout.SPONSORSHIPS.fileName() + " here")));
        }
        Problems problems = new Problems();
        List<Resolution> resolutions = Files.exists(dir.resolve(BundleLayout.RESOLUTIONS.fileName()))
                ? readTable(dir, BundleLayout.RESOLUTIONS, problems) : List.of();
        List<Sponsorship> sponsorships = Files.exists(dir.resolve(BundleLayout.SPONSORSHIPS.fileName()))
                ? readTable(dir, BundleLayout.SPONSORSHIPS, problems) : List.of();
        if (!problems.isEmpty()) {
            throw new BundleException(problems.sorted());
        }
        return new ResolutionTables(resolutions, sponsorships);
    }

    private static String readBody(Path dir, CampaignFile campaign, Problems problems) {
        String name = campaign.bodyFile();
        if (name == null) {
            return "";
        }
        Path base = dir.toAbsolutePath().normalize();
        Path file;
        try {
            file = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            problems.add(CampaignFile.NAME, campaign.bodyLine(), BODY_KEY, "not a usable file name: '" + name + "'");
            return null;
        }
        // A bundle comes from other people: it must not make Appeal read files outside its folder.
        if (!file.startsWith(base) || file.equals(base)) {
            problems.add(CampaignFile.NAME, campaign.bodyLine(), BODY_KEY,
                    "must name a file inside the bundle folder: '" + name + "'");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(CampaignFile.NAME, campaign.bodyLine(), BODY_KEY,
                    "file '" + name + "' does not exist in the bundle");
            return null;
        }
        return BundleText.read(base, base.relativize(file).toString(), problems).orElse(null);
    }

    private static <T> List<T> readTable(Path dir, BundleTable<T> table, Problems problems) {
        return readTable(dir, table, problems, (row, value) -> { });
    }

    /** @param check what else a valid row's record must satisfy, reported against the row */
    private static <T> List<T> readTable(Path dir, BundleTable<T> table, Problems problems,
                                         BiConsumer<CsvRow, T> check) {
        Optional<String> text = BundleText.read(dir, table.fileName(), problems);
        if (text.isEmpty()) {
            return List.of();
        }
        List<CsvRow> rows = new CsvTableReader(table.fileName(), table.columns(), table.requiredColumns(), problems)
                .read(text.get());
        List<T> values = new ArrayList<>();
        for (CsvRow row : rows) {
            T value = table.read(row);
            if (value != null) {
                check.accept(row, value);
                values.add(value);
            }
        }
        return values;
    }
}
