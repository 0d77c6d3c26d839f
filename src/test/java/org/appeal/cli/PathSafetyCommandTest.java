package org.appeal.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSName;
import org.appeal.SampleBundle;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths, links and images through the command line: {@code render BUNDLE}, {@code batch},
 * {@code import bundle} and {@code render --campaign}, each run as a real process. A refusal exits 2 with one line naming the
 * file and line, and nothing is written. "Another machine's files" are made-up files beside the bundle.
 */
class PathSafetyCommandTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";
    private static final String SECRET_TEXT = "PRIVATE NOTES OF ANOTHER COALITION MEMBER";

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private Path bundle;
    private Path secret;

    @BeforeEach
    void sampleAndASecret() throws IOException {
        bundle = SampleBundle.copyTo(temp.resolve("bundle"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        secret = Files.writeString(elsewhere.resolve("secret.md"), "¶ 1\n" + SECRET_TEXT + "\n");
    }

    /** A real {@code appeal} process, as a user's shell runs it: its exit code, stdout and stderr. */
    private int appeal(String... args) {
        CliRun.Result result = CliRun.process(CliRun.Launch.in(Path.of("").toAbsolutePath()), args);
        out = new StringWriter();
        err = new StringWriter();
        out.write(result.out());
        err.write(result.err());
        return result.exit();
    }

    private String workspace() {
        return temp.resolve("workspace.db").toString();
    }

    /** Exit 2, the one line naming file and line among the details, no stack trace, no secret. */
    private void refused(int code, String line) {
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.BAD_INPUT);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).as(err.toString()).contains("  " + line);
        assertThat(lines.get(0)).startsWith("appeal: ");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ", SECRET_TEXT);
        assertThat(out.toString()).doesNotContain(SECRET_TEXT);
    }

    private void setLetterBody(String text) throws IOException {
        Files.writeString(bundle.resolve("letter.md"), text);
    }

    @Test
    void renderRefusesALayoutThatIsAPath() throws IOException {
        for (String layout : List.of("../../../../etc/passwd", "/etc/passwd", "file:///etc/passwd")) {
            String yaml = Files.readString(SampleBundle.FOLDER.resolve("campaign.yaml"))
                    .replaceFirst("template: letter.html.vm", "template: \"" + layout + "\"");
            Files.writeString(bundle.resolve("campaign.yaml"), yaml);
            Path pdf = temp.resolve("letter.pdf");

            refused(appeal("render", bundle.toString(), "--out", pdf.toString()), "campaign.yaml:10: letter.template: '"
                    + layout + "' is a path, not a file name; a layout is the name of a file in the templates folder,"
                    + " such as letter.html.vm");
            assertThat(pdf).doesNotExist();
        }
    }

    @Test
    void renderRefusesABodyThatIsALinkOutOfTheBundle() throws IOException {
        Files.delete(bundle.resolve("letter.md"));
        Files.createSymbolicLink(bundle.resolve("letter.md"), secret);
        Path pdf = temp.resolve("letter.pdf");

        refused(appeal("render", bundle.toString(), "--out", pdf.toString()), "campaign.yaml:11: letter.body: 'letter.md'"
                + " is a link (or lies in a linked folder) that leads outside the bundle folder");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void batchRefusesASourceTextInALinkedFolderAndWritesNothing() throws IOException {
        Path sources = bundle.resolve("sources");
        try (var files = Files.list(sources)) {
            for (Path file : files.toList()) {
                Files.copy(file, secret.getParent().resolve(file.getFileName()));
                Files.delete(file);
            }
        }
        Files.delete(sources);
        Files.createSymbolicLink(sources, secret.getParent());
        Path folder = temp.resolve("letters");

        refused(appeal("batch", bundle.toString(), "--out", folder.toString()), "sources.csv:4: text_file:"
                + " 'sources/apr2p-rok-2022.txt' is a link (or lies in a linked folder) that leads outside the bundle folder");
        assertThat(folder).doesNotExist();
    }

    @Test
    void batchRefusesASourceTextThatIsALink() throws IOException {
        Path text = bundle.resolve("sources/apr2p-rok-2022.txt");
        Files.delete(text);
        Files.createSymbolicLink(text, secret);
        Path folder = temp.resolve("letters");

        refused(appeal("batch", bundle.toString(), "--out", folder.toString()), "sources.csv:4: text_file:"
                + " 'sources/apr2p-rok-2022.txt' is a link (or lies in a linked folder) that leads outside the bundle folder");
        assertThat(folder).doesNotExist();
    }

    @Test
    void importRefusesTheBundleAndImportsNothing() throws IOException {
        Files.delete(bundle.resolve("letter.md"));
        Files.createSymbolicLink(bundle.resolve("letter.md"), secret);

        refused(appeal("import", "bundle", bundle.toString(), "--workspace", workspace()), "campaign.yaml:11:"
                + " letter.body: 'letter.md' is a link (or lies in a linked folder) that leads outside the bundle folder");
        assertThat(err.toString()).contains("nothing was imported");
        Workspace ws = Workspace.open(WorkspaceLocation.parse(workspace()));
        assertThat(new CampaignStore(ws).campaigns()).isEmpty();
    }

    @Test
    void importRefusesALayoutThatIsAPath() throws IOException {
        String yaml = Files.readString(bundle.resolve("campaign.yaml")).replaceFirst("template: briefing.html.vm",
                "template: ../../../../etc/passwd");
        Files.writeString(bundle.resolve("campaign.yaml"), yaml);

        refused(appeal("import", "bundle", bundle.toString(), "--workspace", workspace()), "campaign.yaml:20:"
                + " letters.briefing.template: '../../../../etc/passwd' is a path, not a file name; a layout is the name"
                + " of a file in the templates folder, such as letter.html.vm");
    }

    @Test
    void aLayoutPathStoredInASharedWorkspaceIsRefusedAtRender() throws Exception {
        assertThat(appeal("import", "bundle", bundle.toString(), "--workspace", workspace())).as(err.toString()).isZero();
        // Another coalition member's client (or anyone with the database) writes the row directly.
        Workspace ws = Workspace.open(WorkspaceLocation.parse(workspace()));
        ws.inTransaction(work -> {
            try (PreparedStatement update = work.connection().prepareStatement(
                    "UPDATE letter_draft SET template_name = ? WHERE campaign_id = ?")) {
                update.setString(1, "../../../../etc/passwd");
                update.setString(2, CAMPAIGN);
                return update.executeUpdate();
            }
        });
        Path pdf = temp.resolve("letter.pdf");
        Path folder = temp.resolve("letters");

        refused(appeal("render", "--campaign", CAMPAIGN, "--workspace", workspace(), "--out", pdf.toString()),
                "template: '../../../../etc/passwd' is a path, not a file name; a layout is the name of a file in the"
                        + " templates folder, such as letter.html.vm");
        assertThat(pdf).doesNotExist();
        refused(appeal("batch", "--campaign", CAMPAIGN, "--workspace", workspace(), "--out", folder.toString()),
                "template: '../../../../etc/passwd' is a path, not a file name; a layout is the name of a file in the"
                        + " templates folder, such as letter.html.vm");
        assertThat(folder).doesNotExist();
    }

    @Test
    void aLinkThatIsNotAWebOrMailAddressIsRefused() throws IOException {
        setLetterBody("Dear President,\n\nPlease [read this](javascript:alert(1)).\n");
        Path pdf = temp.resolve("letter.pdf");
        Path folder = temp.resolve("letters");

        refused(appeal("render", bundle.toString(), "--out", pdf.toString()), "letter.md line 3: the link"
                + " 'javascript:alert(1)' uses 'javascript:', which a letter may not link to; only http, https and mailto"
                + " links are allowed");
        assertThat(pdf).doesNotExist();

        setLetterBody("Dear President,\n\nSee [our files](file:///home/someone/report.pdf).\n");
        refused(appeal("batch", bundle.toString(), "--out", folder.toString()), "letter.md line 3: the link"
                + " 'file:///home/someone/report.pdf' uses 'file:', which a letter may not link to; only http, https and"
                + " mailto links are allowed");
        assertThat(folder).doesNotExist();
    }

    @Test
    void anImageFromTheBundleFolderIsPrinted() throws IOException {
        Files.createDirectories(bundle.resolve("images"));
        ImageIO.write(new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB), "png",
                bundle.resolve("images/chart.png").toFile());
        setLetterBody("Dear President,\n\n![Co-sponsorship by year](images/chart.png)\n");
        Path pdf = temp.resolve("letter.pdf");

        assertThat(appeal("render", bundle.toString(), "--out", pdf.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("image");
        assertThat(imageCount(pdf)).isEqualTo(1);
    }

    @Test
    void anImageCutShortOrFromOutsideIsRefused() throws IOException {
        Files.createDirectories(bundle.resolve("images"));
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        BufferedImage picture = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 300; x++) {
            for (int y = 0; y < 200; y++) {
                picture.setRGB(x, y, (x * 7919 + y * 104729) & 0xFFFFFF);
            }
        }
        ImageIO.write(picture, "jpeg", jpeg);
        Files.write(bundle.resolve("images/photo.jpg"), Arrays.copyOf(jpeg.toByteArray(), jpeg.size() / 2));
        Path pdf = temp.resolve("letter.pdf");

        setLetterBody("Dear President,\n\n![A photo](images/photo.jpg)\n");
        assertThat(appeal("render", bundle.toString(), "--out", pdf.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("  letter.md line 3: image refused: 'images/photo.jpg' is not a readable"
                + " JPEG image (", "cut short or damaged");
        assertThat(pdf).doesNotExist();

        Files.createSymbolicLink(bundle.resolve("images/linked.png"), secret);
        setLetterBody("Dear President,\n\n![A chart](images/linked.png)\n");
        refused(appeal("render", bundle.toString(), "--out", pdf.toString()), "letter.md line 3: image refused:"
                + " 'images/linked.png' is a link (or lies in a linked folder) that leads outside the bundle folder");

        setLetterBody("Dear President,\n\n![A chart](https://example.org/chart.png)\n");
        refused(appeal("render", bundle.toString(), "--out", pdf.toString()), "letter.md line 3: image"
                + " 'https://example.org/chart.png' refused: an image in a letter is a file in the bundle folder (such as"
                + " images/chart.png), never a web address, data: or file: URL");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aWorkspaceCampaignLeavesABodyImageOutWithAWarning() throws IOException {
        Files.createDirectories(bundle.resolve("images"));
        ImageIO.write(new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB), "png",
                bundle.resolve("images/chart.png").toFile());
        setLetterBody("Dear President,\n\n![Co-sponsorship by year](images/chart.png)\n");
        assertThat(appeal("import", "bundle", bundle.toString(), "--workspace", workspace())).as(err.toString()).isZero();
        Path pdf = temp.resolve("letter.pdf");

        assertThat(appeal("render", "--campaign", CAMPAIGN, "--workspace", workspace(), "--out", pdf.toString()))
                .as(err.toString()).isZero();

        assertThat(err.toString()).contains("warning: letter.md line 3: image 'images/chart.png' is left out: a workspace"
                + " campaign keeps no image files (render the bundle to include it)");
        assertThat(imageCount(pdf)).isZero();
    }

    private static int imageCount(Path pdf) throws IOException {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
        }
        return images;
    }
}
