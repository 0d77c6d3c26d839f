package org.appeal.cli;

import org.appeal.SampleBundle;
import org.appeal.compose.sign.SamplePdf;
import org.appeal.compose.sign.TestKeys;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where the command line writes, through a real {@code appeal} process: a wrong place is bad input
 * (exit 2, one line on stderr, no stack trace) found before any work, and nothing the user had is
 * overwritten, least of all the files the command reads. The bundle is a copy of the sample with a
 * made-up signature image added.
 */
class CliOutputTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";

    @TempDir
    Path temp;

    private Path bundle;
    private Map<Path, byte[]> bundleBefore;

    @BeforeEach
    void bundleWithAnImage() throws Exception {
        bundle = SampleBundle.copyTo(temp.resolve("b"));
        Files.createDirectories(bundle.resolve("images"));
        BufferedImage image = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", bundle.resolve("images/sig.png").toFile());
        Path signatories = bundle.resolve("signatories.csv");
        List<String> lines = Files.readAllLines(signatories, StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(lines.get(0)).append(",signature_image\n");
        for (int i = 1; i < lines.size(); i++) {
            csv.append(lines.get(i)).append(',').append(i == 1 ? "images/sig.png" : "").append('\n');
        }
        Files.writeString(signatories, csv, StandardCharsets.UTF_8);
        bundleBefore = contents(bundle);
    }

    private static Map<Path, byte[]> contents(Path folder) throws Exception {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Path file : SampleBundle.files(folder)) {
            files.put(file, Files.readAllBytes(folder.resolve(file)));
        }
        return files;
    }

    private void assertBundleUnchanged() throws Exception {
        Map<Path, byte[]> now = contents(bundle);
        assertThat(now.keySet()).containsExactlyElementsOf(bundleBefore.keySet());
        now.forEach((file, bytes) -> assertThat(Arrays.equals(bytes, bundleBefore.get(file)))
                .as("%s is unchanged", file).isTrue());
    }

    private CliRun.Result appeal(String... args) {
        return CliRun.process(CliRun.Launch.in(temp), args);
    }

    /** Exit 2 and exactly one line, the refusal, on stderr: no stack trace, no "internal error". */
    private static void assertRefused(CliRun.Result result, String expected) {
        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.errLines()).as(result.toString()).hasSize(1);
        assertThat(result.errLines().get(0)).startsWith("appeal: ").contains(expected);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void renderRefusesAFolderAMissingFolderAPathUnderAFileAndAFolderThatTakesNoFiles() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "a file, not a folder");

        assertRefused(appeal("render", "b", "--out", "b"), "b is a folder; name the file to write, such as b/letter.pdf");
        assertRefused(appeal("render", "b", "--out", "nowhere/letter.pdf"),
                "cannot write nowhere/letter.pdf: the folder " + temp.resolve("nowhere") + " does not exist");
        assertRefused(appeal("render", "b", "--out", "notes.txt/letter.pdf"),
                "cannot write notes.txt/letter.pdf: " + temp.resolve("notes.txt") + " is a file, not a folder");
        assertRefused(appeal("render", "b", "--out", "/proc/letter.pdf"),
                "cannot write /proc/letter.pdf: the folder /proc does not take new files");
        assertRefused(appeal("render", "b", "--out", "/dev/null"), "cannot write /dev/null: it exists and is not a regular file");
        assertThat(temp.resolve("nowhere")).doesNotExist();
        assertBundleUnchanged();
    }

    /** Every kind of file a render reads, spelt directly, through "..", and through a link. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"b/letter.md", "b/campaign.yaml", "b/signatories.csv", "b/recipients.csv",
            "b/sources/mofa-hrc55-2024.txt", "b/images/sig.png", "b/sources/../letter.md", "./b/./campaign.yaml",
            "link-to-body", "TEMPLATE"})
    void renderNeverWritesOverWhatItReads(String out) throws Exception {
        Files.createSymbolicLink(temp.resolve("link-to-body"), bundle.resolve("letter.md"));
        Path template = Path.of("templates/letter.html.vm").toAbsolutePath();
        byte[] templateBefore = Files.readAllBytes(template);
        String target = out.equals("TEMPLATE") ? template.toString() : out;

        CliRun.Result result = appeal("render", "b", "--out", target);

        assertRefused(result, "cannot write " + target + ": it is a file of ");
        assertThat(result.err()).contains("which this command reads; write to another file");
        assertBundleUnchanged();
        assertThat(Files.readAllBytes(template)).isEqualTo(templateBefore);
    }

    @Test
    void renderFromTheWorkspaceNeverWritesOverTheWorkspace() throws Exception {
        Path db = temp.resolve("w.db");
        new CampaignStore(Workspace.open(WorkspaceLocation.sqlite(db))).importCampaign(new BundleReader().read(bundle));

        assertRefused(appeal("render", "--campaign", CAMPAIGN, "--workspace", "w.db", "--out", "w.db"),
                "cannot write w.db: it is " + db + ", one of this command's inputs");
        assertRefused(appeal("render", "--campaign", CAMPAIGN, "--workspace", "w.db", "--out", "b/../w.db-wal"),
                "one of this command's inputs");

        assertThat(new CampaignStore(Workspace.open(WorkspaceLocation.sqlite(db))).load(CAMPAIGN).campaign().id())
                .isEqualTo(CAMPAIGN);
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenItIsAPdfOrEmpty() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "my notes");
        Path earlier = Files.write(temp.resolve("earlier.pdf"), SamplePdf.letter());
        Path empty = Files.createFile(temp.resolve("from-mktemp"));

        assertRefused(appeal("render", "b", "--out", "notes.txt"),
                "cannot write notes.txt: it exists and is not a PDF (Appeal replaces only PDFs)");
        CliRun.Result overEarlier = appeal("render", "b", "--out", "earlier.pdf");
        CliRun.Result overEmpty = appeal("render", "b", "--out", "from-mktemp");

        assertThat(notes).hasContent("my notes");
        assertThat(overEarlier.exit()).as(overEarlier.toString()).isZero();
        assertThat(overEarlier.out()).startsWith("Wrote earlier.pdf");
        assertThat(Files.readAllBytes(earlier)).isNotEqualTo(SamplePdf.letter()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(overEmpty.exit()).as(overEmpty.toString()).isZero();
        assertThat(Files.size(empty)).isPositive();
        assertBundleUnchanged();
    }

    @Test
    void aReadOnlyFolderIsBadInputFoundBeforeAnyWorkEvenForRoot() throws Exception {
        assumeTrue(CliRun.canDropPrivileges(), "needs setpriv to write as a user bound by permissions");
        Path readOnly = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));

        CliRun.Result render = CliRun.process(CliRun.Launch.in(temp).unprivileged(), "render", "b", "--out", "read-only/letter.pdf");
        CliRun.Result batch = CliRun.process(CliRun.Launch.in(temp).unprivileged(), "batch", "b", "--out", "read-only/letters");

        assertRefused(render, "cannot write read-only/letter.pdf: permission denied");
        assertRefused(batch, "cannot write read-only/letters: permission denied");
        try (var left = Files.list(readOnly)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void batchRefusesAFileForAFolderAMissingParentAndANonPdfInTheWay() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "a file");
        Path letters = Files.createDirectory(temp.resolve("letters"));
        Path inTheWay = Files.writeString(letters.resolve("2025-10-28_Prime-Minister_Kim-Min-seok.pdf"), "not a PDF");

        assertRefused(appeal("batch", "b", "--out", "notes.txt"), "notes.txt is a file, not a folder to write into");
        assertRefused(appeal("batch", "b", "--out", "nowhere/letters"),
                "cannot write nowhere/letters: the folder " + temp.resolve("nowhere") + " does not exist");
        assertRefused(appeal("batch", "b", "--out", "letters"), "cannot write letters/2025-10-28_Prime-Minister_Kim-Min-seok.pdf: "
                + "it exists and is not a PDF");

        assertThat(inTheWay).hasContent("not a PDF");
        try (var written = Files.list(letters)) {
            assertThat(written).containsExactly(inTheWay);
        }
    }

    @Test
    void batchIntoTheBundleFolderAddsLettersAndChangesNoBundleFile() throws Exception {
        CliRun.Result result = appeal("batch", "b", "--out", "b");

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.out().lines()).hasSize(4).allMatch(line -> line.startsWith("Wrote b/2025-10-28_"));
        Map<Path, byte[]> now = contents(bundle);
        now.keySet().removeIf(file -> file.toString().endsWith(".pdf"));
        assertThat(now.keySet()).containsExactlyElementsOf(bundleBefore.keySet());
        now.forEach((file, bytes) -> assertThat(bytes).as("%s", file).isEqualTo(bundleBefore.get(file)));
    }

    @Test
    void exportIntoItsOwnBundleIsAllowedButNotIntoAnotherCampaignsOrOverStrayFiles() throws Exception {
        new CampaignStore(Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")))).importCampaign(new BundleReader().read(bundle));
        Path other = SampleBundle.copyTo(temp.resolve("other"));
        Path yaml = other.resolve("campaign.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("id: " + CAMPAIGN, "id: another-made-up-campaign"));
        byte[] otherBefore = Files.readAllBytes(yaml);
        Path stray = Files.createDirectory(temp.resolve("stray"));
        Files.writeString(stray.resolve("letter.md"), "someone's draft");
        Files.writeString(temp.resolve("notes.txt"), "a file");

        assertRefused(appeal("export", "bundle", CAMPAIGN, "other", "-w", "w.db"),
                "cannot export into other: it holds the bundle of campaign 'another-made-up-campaign'");
        assertRefused(appeal("export", "bundle", CAMPAIGN, "stray", "-w", "w.db"),
                "cannot export into stray: it has a letter.md that is not part of a bundle");
        assertRefused(appeal("export", "bundle", CAMPAIGN, "notes.txt", "-w", "w.db"), "notes.txt is a file, not a folder to write into");
        assertRefused(appeal("export", "bundle", CAMPAIGN, "nowhere/bundle", "-w", "w.db"), "does not exist");
        CliRun.Result own = appeal("export", "bundle", CAMPAIGN, "b", "-w", "w.db");

        assertThat(Files.readAllBytes(yaml)).isEqualTo(otherBefore);
        assertThat(stray.resolve("letter.md")).hasContent("someone's draft");
        assertThat(own.exit()).as(own.toString()).isZero();
        assertThat(new BundleReader().read(bundle).campaign().id()).isEqualTo(CAMPAIGN);
    }

    @Test
    void signNeverWritesOverTheLetterTheKeystoreOrThePasswordFile() throws Exception {
        Path letter = Files.write(temp.resolve("letter.pdf"), SamplePdf.letter());
        Path keystore = TestKeys.keystore(temp, "Example Rights Watch");
        Path password = Files.writeString(temp.resolve("password.txt"), TestKeys.PASSWORD + "\n");
        Files.createSymbolicLink(temp.resolve("signed.pdf"), letter);
        byte[] keystoreBefore = Files.readAllBytes(keystore);
        String k = keystore.getFileName().toString();

        for (String out : List.of("letter.pdf", "b/../letter.pdf", "signed.pdf", k, "password.txt")) {
            assertRefused(appeal("sign", "letter.pdf", "--keystore", k, "--password-file", "password.txt", "--out", out),
                    "cannot write " + out + ": it is ");
        }

        assertThat(Files.readAllBytes(letter)).isEqualTo(SamplePdf.letter());
        assertThat(Files.readAllBytes(keystore)).isEqualTo(keystoreBefore);
        assertThat(password).hasContent(TestKeys.PASSWORD + "\n");
    }
}
