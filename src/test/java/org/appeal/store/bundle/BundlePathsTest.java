package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appeal.domain.CampaignData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file a bundle names, and every file of its own, is read only when it lies inside the
 * bundle folder with links followed; a layout is a plain file name. Each refusal names the file,
 * line and key. The "other machine's files" here are made-up files next to the bundle.
 */
class BundlePathsTest {
    private static final String SOURCES_HEADER = "id,title,issuing_body,symbol,date,url,text_file\n";

    @TempDir
    Path temp;

    private Path dir;
    private Path secret;

    @BeforeEach
    void outside() throws IOException {
        dir = temp.resolve("bundle");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        secret = Files.writeString(elsewhere.resolve("secret.md"), "¶ 1\nA PRIVATE NOTE FROM ANOTHER MACHINE\n");
    }

    private static String campaignWith(String letterLines) {
        return """
                format: 1
                id: test-campaign
                title: "Made-up campaign for tests"
                letter:
                  subject: "A made-up subject"
                  date: 2030-01-15
                """ + letterLines;
    }

    @Test
    void aLayoutThatIsAPathIsRefusedWithItsLine() {
        for (String layout : List.of("../../../../etc/passwd", "/etc/passwd", "partials/addressee.vm",
                "file:///etc/passwd", "..\\\\..\\\\secret.vm")) {
            new FixtureBundle().text("campaign.yaml", campaignWith("  template: \"" + layout + "\"\n  body: letter.md\n"))
                    .writeTo(dir);

            assertThat(problems()).as(layout).containsExactly("campaign.yaml:7: letter.template: '"
                    + layout.replace("\\\\", "\\") + "' is a path, not a file name; a layout is the name of a file in"
                    + " the templates folder, such as letter.html.vm");
        }
    }

    @Test
    void aFurtherLettersLayoutIsCheckedToo() {
        new FixtureBundle().text("campaign.yaml", campaignWith("  body: letter.md\nletters:\n  briefing:\n"
                + "    date: 2030-01-15\n    template: ../../etc/passwd\n    body: letter.md\n")).writeTo(dir);

        assertThat(problems()).containsExactly("campaign.yaml:11: letters.briefing.template: '../../etc/passwd' is a"
                + " path, not a file name; a layout is the name of a file in the templates folder, such as letter.html.vm");
    }

    @Test
    void aBodyOutsideTheFolderIsRefusedHoweverItIsNamed() throws IOException {
        new FixtureBundle().writeTo(dir);
        Files.createSymbolicLink(dir.resolve("linked.md"), secret);
        Files.createSymbolicLink(dir.resolve("shared"), secret.getParent());

        assertThat(bodyProblem("../elsewhere/secret.md")).isEqualTo("campaign.yaml:7: letter.body: '../elsewhere/secret.md'"
                + " points outside the bundle folder");
        assertThat(bodyProblem(secret.toString())).isEqualTo("campaign.yaml:7: letter.body: '" + secret
                + "' is an absolute path; name a file inside the bundle folder relative to it");
        assertThat(bodyProblem("linked.md")).isEqualTo("campaign.yaml:7: letter.body: 'linked.md' is a link (or lies in"
                + " a linked folder) that leads outside the bundle folder");
        assertThat(bodyProblem("shared/secret.md")).isEqualTo("campaign.yaml:7: letter.body: 'shared/secret.md' is a"
                + " link (or lies in a linked folder) that leads outside the bundle folder");
        assertThat(bodyProblem("file://" + secret)).isEqualTo("campaign.yaml:7: letter.body: 'file://" + secret
                + "' is a URL, not the name of a file in the bundle folder");
    }

    @Test
    void aLinkInsideTheFolderIsFollowed() throws Exception {
        new FixtureBundle().without("letter.md").text("texts/body.md", "Dear Example, linked.\n").writeTo(dir);
        Files.createSymbolicLink(dir.resolve("letter.md"), Path.of("texts/body.md"));

        CampaignData data = new BundleReader().read(dir);

        assertThat(data.letter().body()).isEqualTo("Dear Example, linked.\n");
    }

    @Test
    void aSourceTextOutsideTheFolderIsRefused() throws IOException {
        new FixtureBundle().text("sources.csv", SOURCES_HEADER
                        + "s1,One,,,,,sources/linked.txt\n"
                        + "s2,Two,,,,,shared/secret.md\n"
                        + "s3,Three,,,,,../elsewhere/secret.md\n"
                        + "s4,Four,,,,," + secret + "\n")
                .writeTo(dir);
        Files.createDirectories(dir.resolve("sources"));
        Files.createSymbolicLink(dir.resolve("sources/linked.txt"), secret);
        Files.createSymbolicLink(dir.resolve("shared"), secret.getParent());

        assertThat(problems()).containsExactly(
                "sources.csv:2: text_file: 'sources/linked.txt' is a link (or lies in a linked folder) that leads"
                        + " outside the bundle folder",
                "sources.csv:3: text_file: 'shared/secret.md' is a link (or lies in a linked folder) that leads outside"
                        + " the bundle folder",
                "sources.csv:4: text_file: '../elsewhere/secret.md' points outside the bundle folder",
                "sources.csv:5: text_file: '" + secret + "' is an absolute path; name a file inside the bundle folder"
                        + " relative to it");
    }

    @Test
    void theSourcesFolderItselfMayNotBeALinkOut() throws IOException {
        new FixtureBundle().text("sources.csv", SOURCES_HEADER + "s1,One,,,,,sources/secret.md\n").writeTo(dir);
        Files.createSymbolicLink(dir.resolve("sources"), secret.getParent());

        assertThat(problems()).containsExactly("sources.csv:2: text_file: 'sources/secret.md' is a link (or lies in a"
                + " linked folder) that leads outside the bundle folder");
    }

    @Test
    void theBundlesOwnFilesMayNotBeLinksOutEither() throws IOException {
        new FixtureBundle().without("recipients.csv").without("letter.md").writeTo(dir);
        Path recipients = Files.writeString(temp.resolve("elsewhere/contacts.csv"),
                "id,role,position,name\nprivate,TO,1,A Private Contact\n");
        Files.createSymbolicLink(dir.resolve("recipients.csv"), recipients);
        Files.createSymbolicLink(dir.resolve("letter.md"), secret);
        Files.createSymbolicLink(dir.resolve("evidence.csv"), secret);

        assertThat(problems()).containsExactly(
                "campaign.yaml:10: letter.body: 'letter.md' is a link (or lies in a linked folder) that leads outside"
                        + " the bundle folder",
                "recipients.csv:0: 'recipients.csv' is a link (or lies in a linked folder) that leads outside the bundle"
                        + " folder",
                "evidence.csv:0: 'evidence.csv' is a link (or lies in a linked folder) that leads outside the bundle"
                        + " folder");
    }

    @Test
    void aCampaignFileThatIsALinkOutIsNotRead() throws IOException {
        new FixtureBundle().without("campaign.yaml").writeTo(dir);
        Path yaml = Files.writeString(temp.resolve("elsewhere/campaign.yaml"), campaignWith("  body: letter.md\n"));
        Files.createSymbolicLink(dir.resolve("campaign.yaml"), yaml);

        assertThat(problems()).containsExactly("campaign.yaml:0: 'campaign.yaml' is a link (or lies in a linked folder)"
                + " that leads outside the bundle folder");
    }

    @Test
    void aSourceUrlThatIsNotAWebOrMailAddressIsRefused() {
        new FixtureBundle().text("sources.csv", SOURCES_HEADER
                        + "s1,One,,,,https://www.ohchr.org/en/report,\n"
                        + "s2,Two,,,,javascript:alert(1),\n"
                        + "s3,Three,,,,file:///etc/passwd,\n"
                        + "s4,Four,,,,reports/four.pdf,\n")
                .writeTo(dir);

        assertThat(problems()).containsExactly(
                "sources.csv:3: url: the link 'javascript:alert(1)' uses 'javascript:', which a letter may not link to;"
                        + " only http, https and mailto links are allowed",
                "sources.csv:4: url: the link 'file:///etc/passwd' uses 'file:', which a letter may not link to; only"
                        + " http, https and mailto links are allowed",
                "sources.csv:5: url: the link 'reports/four.pdf' is not a full web address; a letter links only to http,"
                        + " https and mailto addresses (a relative link would point into the writer's own computer)");
    }

    @Test
    void aSignatureImageThatIsALinkOutIsRefused() throws Exception {
        new FixtureBundle().text("signatories.csv", """
                        id,kind,position,name,acronym,title,country,signed_on,withdrawn_on,signature_image
                        a,ORGANISATION,1,A,,,,,,images/linked.png
                        b,ORGANISATION,2,B,,,,,,shared/logo.png
                        """)
                .writeTo(dir);
        Path logo = Files.write(temp.resolve("elsewhere/logo.png"), SignatureImageBundleTest.image("png", 10, 10));
        Files.createDirectories(dir.resolve("images"));
        Files.createSymbolicLink(dir.resolve("images/linked.png"), logo);
        Files.createSymbolicLink(dir.resolve("shared"), logo.getParent());

        assertThat(problems()).containsExactly(
                "signatories.csv:2: signature_image: 'images/linked.png' is a link (or lies in a linked folder) that"
                        + " leads outside the bundle folder; a signature image is a file inside the bundle folder, e.g."
                        + " images/logo.png",
                "signatories.csv:3: signature_image: 'shared/logo.png' is a link (or lies in a linked folder) that leads"
                        + " outside the bundle folder; a signature image is a file inside the bundle folder, e.g."
                        + " images/logo.png");
    }

    @Test
    void aSignatureImageCutShortIsRefused() throws Exception {
        byte[] jpeg = SignatureImageBundleTest.image("jpeg", 300, 100);
        byte[] png = SignatureImageBundleTest.image("png", 300, 100);
        new FixtureBundle().text("signatories.csv", """
                        id,kind,position,name,acronym,title,country,signed_on,withdrawn_on,signature_image
                        a,ORGANISATION,1,A,,,,,,images/cut.jpg
                        b,ORGANISATION,2,B,,,,,,images/cut.png
                        """)
                .bytes("images/cut.jpg", java.util.Arrays.copyOf(jpeg, jpeg.length - 40))
                .bytes("images/cut.png", java.util.Arrays.copyOf(png, png.length - 12))
                .writeTo(dir);

        assertThat(problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("signatories.csv:2: signature_image: 'images/cut.jpg' is not a readable"
                        + " JPEG image (").contains("cut short or damaged"),
                p -> assertThat(p).startsWith("signatories.csv:3: signature_image: 'images/cut.png' is not a readable"
                        + " PNG image (").contains("the file ends before the PNG's end marker"));
    }

    private String bodyProblem(String body) {
        new FixtureBundle().text("campaign.yaml", campaignWith("  body: \"" + body + "\"\n")).writeTo(dir);
        List<String> problems = problems();
        assertThat(problems).as(body).hasSize(1);
        return problems.get(0);
    }

    private List<String> problems() {
        BundleException e = catchThrowableOfType(BundleException.class, () -> new BundleReader().read(dir));
        assertThat(e).as("the bundle is refused").isNotNull();
        assertThat(e.getMessage()).doesNotContain("PRIVATE", "A Private Contact");
        return e.problems().stream().map(Object::toString).toList();
    }
}
