package org.appeal.store.bundle;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.Optional;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CampaignImage;
import org.appeal.domain.TranslationRules;
import org.appeal.domain.Evidence;
import org.appeal.domain.NamedLetter;
import org.appeal.domain.Source;
import org.appeal.domain.Recipient;
import org.appeal.domain.Resolution;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;
import org.appeal.domain.Sponsorship;
import org.appeal.files.ConfinedFolder;
import org.appeal.files.PathRefused;

/**
 * Reads a campaign bundle folder (see {@code docs/bundle-format.md}). All files are checked in
 * full before anything is returned: either the whole campaign loads, or a {@link BundleException}
 * lists every problem in every file.
 *
 * <p>A bundle comes from other people, so every file it names (and every file of its own) is read
 * only when it lies inside the bundle folder with links followed ({@link ConfinedFolder}).
 */
public final class BundleReader {
    private static final String BODY_KEY = "letter.body";
    private static final String FOLDER = "the bundle folder";

    public CampaignData read(Path folder) throws BundleException {
        if (!Files.isDirectory(folder)) {
            throw new BundleException(List.of(new BundleProblem(folder.toString(), 0, "", "bundle folder does not exist")));
        }
        ConfinedFolder dir = ConfinedFolder.of(folder, FOLDER);
        Problems problems = new Problems();
        CampaignFile campaign = BundleText.read(dir, CampaignFile.NAME, problems)
                .map(text -> new CampaignYamlReader(problems).read(text))
                .orElse(null);
        LetterFile main = campaign == null ? null : campaign.main();
        String body = main == null ? null : readBody(dir, main.bodyFile(), main.bodyLine(), BODY_KEY, problems);
        List<NamedLetter> others = new ArrayList<>();
        if (campaign != null) {
            for (LetterFile other : campaign.others()) {
                String otherBody = readBody(dir, other.bodyFile(), other.bodyLine(), other.key("body"), problems);
                if (other.date() != null && otherBody != null) {
                    others.add(other.named(otherBody));
                }
            }
            if (main != null && main.date() != null) {
                checkTranslations(campaign, main, others, problems);
            }
        }
        List<Recipient> recipients = readTable(dir, BundleLayout.RECIPIENTS, problems);
        SignatureImageCheck images = new SignatureImageCheck(dir, BundleLayout.SIGNATORIES.fileName(), problems);
        java.util.Map<String, Path> imageFiles = new java.util.TreeMap<>();
        List<Signatory> signatories = readTable(dir, BundleLayout.SIGNATORIES, problems, (row, signatory) -> {
            if (signatory.hasSignatureImage() && !imageFiles.containsKey(signatory.signatureImage())) {
                images.check(row.line(), signatory.signatureImage())
                        .ifPresent(file -> imageFiles.put(signatory.signatureImage(), file));
            }
        });
        List<CampaignImage> imageBytes = readImages(imageFiles, problems);
        // Optional like sources.csv: a letter that cites no resolution needs neither file.
        List<Resolution> resolutions = optionalTable(dir, BundleLayout.RESOLUTIONS, problems);
        List<Sponsorship> sponsorships = optionalTable(dir, BundleLayout.SPONSORSHIPS, problems);
        List<VotesTable.Entry> votes = optionalTable(dir, BundleLayout.VOTES, problems);
        checkVotes(resolutions, votes, problems);
        List<ApprovalsTable.Entry> approvals = optionalTable(dir, BundleLayout.APPROVALS, problems);
        checkApprovals(signatories, approvals, problems);
        List<Source> sources = optionalTable(dir, BundleLayout.SOURCES, problems).stream()
                .map(entry -> withText(dir, entry, problems)).toList();
        List<EvidenceTable.Entry> evidence = optionalTable(dir, BundleLayout.EVIDENCE, problems);
        checkEvidenceSources(sources, evidence, problems);
        List<DeliveriesTable.Entry> deliveries = optionalTable(dir, BundleLayout.DELIVERIES, problems);
        checkDeliveries(recipients, campaign, deliveries, problems);
        for (String name : BundleLayout.NOT_YET_SUPPORTED) {
            if (exists(dir, name)) {
                problems.add(name, 0, "", "not part of bundle format " + CampaignFile.FORMAT_VERSION
                        + "; this version cannot read it and will not drop it silently");
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleException(problems.sorted());
        }
        return new CampaignData(campaign.campaign(), main.letter(body), recipients, new SignatoryList(signatories),
                resolutions, sponsorships, sources, evidence.stream().map(EvidenceTable.Entry::evidence).toList(), others,
                votes.stream().map(VotesTable.Entry::vote).toList(),
                deliveries.stream().map(DeliveriesTable.Entry::delivery).toList(),
                approvals.stream().map(ApprovalsTable.Entry::approval).toList(), imageBytes);
    }

    /** The bytes of the checked signature images, by the path signatories name them. */
    private static List<CampaignImage> readImages(java.util.Map<String, Path> files, Problems problems) {
        List<CampaignImage> images = new ArrayList<>();
        files.forEach((name, file) -> {
            try {
                images.add(new CampaignImage(name, Files.readAllBytes(file)));
            } catch (java.io.IOException e) {
                problems.add(BundleLayout.SIGNATORIES.fileName(), 0, SignatoriesTable.SIGNATURE_IMAGE,
                        "cannot read '" + name + "': " + e.getMessage());
            }
        });
        return images;
    }

    /**
     * A vote names a resolution of resolutions.csv by its symbol (the workspace keeps the votes of
     * its resolutions only), and says one thing per resolution and state.
     */
    private static void checkVotes(List<Resolution> resolutions, List<VotesTable.Entry> votes, Problems problems) {
        java.util.Set<String> symbols = new java.util.HashSet<>();
        resolutions.forEach(r -> symbols.add(r.symbol()));
        java.util.Map<String, Long> firstLine = new java.util.HashMap<>();
        String file = BundleLayout.VOTES.fileName();
        for (VotesTable.Entry entry : votes) {
            String symbol = entry.vote().resolutionSymbol();
            if (symbol.isBlank() || !symbols.contains(symbol)) {
                problems.add(file, entry.line(), "resolution_symbol", "no resolution with the symbol '" + symbol
                        + "' in " + BundleLayout.RESOLUTIONS.fileName());
            }
            Long earlier = firstLine.putIfAbsent(symbol + "\n" + entry.vote().state(), entry.line());
            if (earlier != null) {
                problems.add(file, entry.line(), "state", "a second vote of '" + entry.vote().state() + "' on '"
                        + symbol + "' (the first is on line " + earlier + ")");
            }
        }
    }

    /** An approval names a signatory of signatories.csv. */
    private static void checkApprovals(List<Signatory> signatories, List<ApprovalsTable.Entry> approvals,
                                       Problems problems) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        signatories.forEach(s -> ids.add(s.id()));
        for (ApprovalsTable.Entry entry : approvals) {
            if (!ids.contains(entry.approval().signatoryId())) {
                problems.add(BundleLayout.APPROVALS.fileName(), entry.line(), "signatory_id", "no signatory '"
                        + entry.approval().signatoryId() + "' in " + BundleLayout.SIGNATORIES.fileName());
            }
        }
    }

    /** A delivery names a recipient of recipients.csv and a letter of campaign.yaml. */
    private static void checkDeliveries(List<Recipient> recipients, CampaignFile campaign,
                                        List<DeliveriesTable.Entry> deliveries, Problems problems) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        recipients.forEach(r -> ids.add(r.id()));
        java.util.Set<String> letters = new java.util.HashSet<>();
        letters.add(CampaignData.MAIN_LETTER);
        if (campaign != null) {
            campaign.others().forEach(other -> letters.add(other.name()));
        }
        String file = BundleLayout.DELIVERIES.fileName();
        for (DeliveriesTable.Entry entry : deliveries) {
            if (!ids.contains(entry.delivery().recipientId())) {
                problems.add(file, entry.line(), "recipient_id", "no recipient '" + entry.delivery().recipientId()
                        + "' in " + BundleLayout.RECIPIENTS.fileName());
            }
            if (campaign != null && !letters.contains(entry.delivery().letter())) {
                problems.add(file, entry.line(), "letter", "no letter '" + entry.delivery().letter() + "' in "
                        + CampaignFile.NAME);
            }
        }
    }

    /** Each translation names a letter of the campaign that is no translation, in a language of its own. */
    private static void checkTranslations(CampaignFile campaign, LetterFile main, List<NamedLetter> others,
                                          Problems problems) {
        Campaign settings = new Campaign(campaign.id() == null ? "" : campaign.id(), "", campaign.language());
        TranslationRules.problems(settings, main.letter(""), others).forEach((name, problem) -> {
            LetterFile file = campaign.others().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
            problems.add(CampaignFile.NAME, file.line(), file.key("translation_of"), problem);
        });
    }

    /**
     * Just the resolution tables of a folder ({@code resolutions.csv}, {@code sponsorships.csv}, in
     * the bundle's own format; either may be missing): for adding a state's record to a campaign.
     */
    public ResolutionTables readResolutionTables(Path folder) throws BundleException {
        ConfinedFolder dir = Files.isDirectory(folder) ? ConfinedFolder.of(folder, FOLDER) : null;
        boolean any = dir != null && (exists(dir, BundleLayout.RESOLUTIONS.fileName())
                || exists(dir, BundleLayout.SPONSORSHIPS.fileName()));
        if (!any) {
            throw new BundleException(List.of(new BundleProblem(folder.toString(), 0, "",
                    "no " + BundleLayout.RESOLUTIONS.fileName() + " or " + BundleLayout.SPONSORSHIPS.fileName() + " here")));
        }
        Problems problems = new Problems();
        List<Resolution> resolutions = exists(dir, BundleLayout.RESOLUTIONS.fileName())
                ? readTable(dir, BundleLayout.RESOLUTIONS, problems) : List.of();
        List<Sponsorship> sponsorships = exists(dir, BundleLayout.SPONSORSHIPS.fileName())
                ? readTable(dir, BundleLayout.SPONSORSHIPS, problems) : List.of();
        if (!problems.isEmpty()) {
            throw new BundleException(problems.sorted());
        }
        return new ResolutionTables(resolutions, sponsorships);
    }

    /** A table a bundle may leave out: a campaign without sources has no {@code sources.csv}. */
    private static <T> List<T> optionalTable(ConfinedFolder dir, BundleTable<T> table, Problems problems) {
        return exists(dir, table.fileName()) ? readTable(dir, table, problems) : List.of();
    }

    /** Present, even as a broken link or a link out of the folder: reading it then reports why it cannot be read. */
    private static boolean exists(ConfinedFolder dir, String name) {
        return Files.exists(dir.root().resolve(name), LinkOption.NOFOLLOW_LINKS);
    }

    /** The source with the text its {@code text_file} holds. */
    private static Source withText(ConfinedFolder dir, SourceEntry entry, Problems problems) {
        Source s = entry.source();
        if (entry.textFile().isEmpty()) {
            return s;
        }
        String file = BundleLayout.SOURCES.fileName();
        String text = readBody(dir, entry.textFile(), entry.line(), "text_file", file, problems);
        if (text == null) {
            return s;
        }
        SourceTextFile.Text read = SourceTextFile.read(text);
        if (read.problem() != null) {
            problems.add(entry.textFile(), read.problemLine(), "", read.problem());
        }
        return new Source(s.id(), s.title(), s.issuingBody(), s.symbol(), s.date(), s.url(), read.paragraphs(),
                read.unnumbered());
    }

    /** Evidence quotes a source of the bundle, and its key is not also a source's id (a citation could mean either). */
    private static void checkEvidenceSources(List<Source> sources, List<EvidenceTable.Entry> evidence,
                                             Problems problems) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        sources.forEach(s -> ids.add(s.id()));
        String file = BundleLayout.EVIDENCE.fileName();
        for (EvidenceTable.Entry entry : evidence) {
            Evidence e = entry.evidence();
            if (!ids.contains(e.sourceId())) {
                problems.add(file, entry.line(), "source_id", "no source '" + e.sourceId() + "' in "
                        + BundleLayout.SOURCES.fileName());
            }
            if (ids.contains(e.citationKey())) {
                problems.add(file, entry.line(), "key", "'" + e.citationKey()
                        + "' is also a source's id; [@" + e.citationKey() + "] must mean one thing");
            }
        }
    }

    private static String readBody(ConfinedFolder dir, String name, long line, String key, Problems problems) {
        return readBody(dir, name, line, key, CampaignFile.NAME, problems);
    }

    /**
     * A text file that another file names (a letter body in campaign.yaml, a source text in
     * sources.csv); {@code null} when it cannot be read (reported against the naming file).
     */
    private static String readBody(ConfinedFolder dir, String name, long line, String key, String namedIn,
                                   Problems problems) {
        if (name == null) {
            return "";
        }
        Path file;
        try {
            file = dir.file(name);
        } catch (PathRefused e) {
            problems.add(namedIn, line, key, e.getMessage());
            return null;
        }
        return BundleText.read(file, name, problems).orElse(null);
    }

    private static <T> List<T> readTable(ConfinedFolder dir, BundleTable<T> table, Problems problems) {
        return readTable(dir, table, problems, (row, value) -> { });
    }

    /** @param check what else a valid row's record must satisfy, reported against the row */
    private static <T> List<T> readTable(ConfinedFolder dir, BundleTable<T> table, Problems problems,
                                         BiConsumer<CsvRow, T> check) {
        Optional<String> text = BundleText.read(dir, table.fileName(), problems);
        if (text.isEmpty()) {
            return List.of();
        }
        List<CsvRow> rows = new CsvTableReader(table.fileName(), table.columns(), table.requiredColumns(), problems,
                table.idColumn()).read(text.get());
        List<T> values = new ArrayList<>();
        for (CsvRow row : rows) {
            T value = table.read(row);
            if (value != null) {
                check.accept(row, value);
                values.add(value);
            }
        }
        // The order the writer writes: positions decide, so the first TO by position is the addressee
        // and a bundle that is written back and read again gives the same lists.
        values.sort(table.canonicalOrder());
        return values;
    }
}
