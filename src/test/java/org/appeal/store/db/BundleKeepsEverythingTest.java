package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.appeal.domain.Approval;
import org.appeal.domain.ApprovedText;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CampaignImage;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;
import org.appeal.domain.Vote;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.bundle.BundleWriter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export → import → export loses nothing: recorded votes, approvals (re-consent fingerprints) and
 * signature image files travel in the bundle and come back byte for byte. The sample campaign is
 * the base; the votes, approvals and images added to it are made up (the images are generated).
 */
class BundleKeepsEverythingTest {
    @TempDir
    Path temp;

    @OnBothDatabases
    void exportImportExportIsByteIdentical(TestDatabase db) throws Exception {
        CampaignData campaign = withEverything(new BundleReader().read(Path.of("seeds/sample-campaign")));
        Workspace workspace = db.open();
        new CampaignStore(workspace).importCampaign(campaign);

        Path first = temp.resolve("first");
        CampaignData loaded = new CampaignStore(workspace).load(campaign.campaign().id());
        new BundleWriter().write(loaded, first);
        assertThat(first.resolve("votes.csv")).content().isEqualTo("""
                resolution_symbol,state,choice
                A/RES/79/181,Exampleland,NO
                A/RES/79/181,Republic of Korea,YES
                """);
        assertThat(first.resolve("approvals.csv")).content().startsWith("signatory_id,text_sha256,recorded_by,recorded_at\n"
                + "csw," + ApprovedText.fingerprint(campaign.letter()) + ",made-up recorder,2030-01-02T03:04:05Z\n");
        assertThat(first.resolve("images/csw logo.png")).hasBinaryContent(campaign.image("images/csw logo.png")
                .orElseThrow().bytes());
        assertThat(first.resolve("images/signature.jpg")).exists();

        CampaignData read = new BundleReader().read(first);
        assertThat(read.votes()).containsExactlyInAnyOrderElementsOf(campaign.votes());
        assertThat(read.approvals()).containsExactlyInAnyOrderElementsOf(campaign.approvals());
        assertThat(read.images()).containsExactlyInAnyOrderElementsOf(campaign.images());
        new CampaignStore(workspace).importCampaign(read, CampaignStore.IfExists.REPLACE);
        Path second = temp.resolve("second");
        new BundleWriter().write(new CampaignStore(workspace).load(campaign.campaign().id()), second);

        assertThat(files(second)).isEqualTo(files(first));
    }

    @OnBothDatabases
    void aWorkspaceKeepsTheImageBytesAndDropsAnImageNoSignatoryNamesAnyMore(TestDatabase db) throws Exception {
        CampaignData campaign = withEverything(new BundleReader().read(Path.of("seeds/sample-campaign")));
        Workspace workspace = db.open();
        new CampaignStore(workspace).importCampaign(campaign);
        String id = campaign.campaign().id();
        Signatory csw = campaign.signatories().all().stream().filter(s -> s.id().equals("csw")).findFirst().orElseThrow();

        int dropped = workspace.inTransaction(work -> {
            long version = new SignatoryRepository(work).find(id, "csw").orElseThrow().version();
            new SignatoryRepository(work).save(id, csw.withSignatureImage(""), version);
            return new CampaignImageRepository(work).deleteUnused(id);
        });

        assertThat(dropped).isEqualTo(1);
        assertThat(new CampaignStore(workspace).load(id).images()).extracting(CampaignImage::path)
                .containsExactly("images/signature.jpg");
    }

    /** The sample with made-up votes, an approval and two signature images added. */
    static CampaignData withEverything(CampaignData sample) throws IOException {
        List<Signatory> signatories = new ArrayList<>();
        for (Signatory s : sample.signatories().all()) {
            signatories.add(switch (s.id()) {
                case "csw" -> s.withSignatureImage("images/csw logo.png");
                case "hrw" -> s.withSignatureImage("images/signature.jpg");
                default -> s;
            });
        }
        return sample.withSignatories(new SignatoryList(signatories))
                .withVotes(List.of(new Vote("A/RES/79/181", "Republic of Korea", Vote.Choice.YES),
                        new Vote("A/RES/79/181", "Exampleland", Vote.Choice.NO)))
                .withApprovals(List.of(new Approval("csw", ApprovedText.fingerprint(sample.letter()), "made-up recorder",
                        Instant.parse("2030-01-02T03:04:05Z"))))
                .withImages(List.of(new CampaignImage("images/csw logo.png", image("png")),
                        new CampaignImage("images/signature.jpg", image("jpeg"))));
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 40, 160));
        g.fillRect(5, 5, 110, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** Every file under the folder, by its relative name, with its bytes as text of hex digits. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
