package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.Evidence;
import org.appeal.domain.NamedLetter;
import org.appeal.domain.Pinpoint;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;
import org.appeal.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {
    @TempDir
    Path dir;

    @Test
    void awkwardValuesAreQuotedOnlyWhereNeededAndReadBackEqual() throws Exception {
        CampaignData data = new CampaignData(
                new Campaign("made-up-2030", "\"Quoted\" \\ back\nslash 한국어", "ko", "가상 공화국", ""),
                new LetterDraft("yes", LocalDate.of(2030, 1, 15), "본문\r\nline two\n", "letter.ko.html.vm", null),
                List.of(new Recipient("doe", Recipient.Role.CC, 1, "", "Doe, Jane", "Say \"hi\"", "",
                        List.of("Line 1", "Line 2"), "", "")),
                new SignatoryList(List.of(
                        new Signatory("kr-group", Signatory.Kind.ORGANISATION, 1, "북한인권 예시 모임", "", "", "", null, null),
                        new Signatory("spacey", Signatory.Kind.INDIVIDUAL, 2, " Leading space", "", "", "",
                                LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 9)))),
                List.of(), List.of(), List.of(), List.of());

        new BundleWriter().write(data, dir);

        assertThat(dir.resolve("campaign.yaml")).content().isEqualTo("""
                format: 1
                id: made-up-2030
                title: "\\"Quoted\\" \\\\ back\\nslash 한국어"
                language: ko
                target_state: "가상 공화국"
                letter:
                  subject: "yes"
                  date: 2030-01-15
                  signatories_as_of: 2030-01-15
                  template: letter.ko.html.vm
                  body: letter.md
                  citations: footnotes
                  citation_style: chicago-notes
                  bibliography: no
                """);
        assertThat(dir.resolve("recipients.csv")).content().isEqualTo("""
                id,role,position,form_of_address,name,title,office,address,fax,email
                doe,CC,1,,"Doe, Jane","Say ""hi""\",,"Line 1
                Line 2",,
                """);
        assertThat(dir.resolve("signatories.csv")).content().isEqualTo("""
                id,kind,position,name,acronym,title,country,signed_on,withdrawn_on
                kr-group,ORGANISATION,1,북한인권 예시 모임,,,,,
                spacey,INDIVIDUAL,2," Leading space",,,,2030-01-01,2030-01-09
                """);
        assertThat(dir.resolve("resolutions.csv")).as("a campaign without resolutions needs no resolutions.csv")
                .doesNotExist();
        assertThat(dir.resolve("sponsorships.csv")).doesNotExist();
        assertThat(dir.resolve("letter.md")).content().isEqualTo("본문\nline two\n");

        CampaignData back = new BundleReader().read(dir);
        assertThat(back.campaign()).isEqualTo(data.campaign());
        assertThat(back.letter()).isEqualTo(data.letter().withBody("본문\nline two\n"));
        assertThat(back.recipients()).isEqualTo(data.recipients());
        assertThat(back.signatories()).isEqualTo(data.signatories());
    }

    @Test
    void replacesBundleFilesKeepsOtherFilesAndLeavesNoTemporaries() throws Exception {
        CampaignData sample = new BundleReader().read(BundleReaderSampleTest.SAMPLE);
        Files.writeString(dir.resolve("recipients.csv"), "stale content\n");
        Files.writeString(dir.resolve("notes.txt"), "kept\n");

        new BundleWriter().write(sample, dir);

        assertThat(dir.resolve("recipients.csv"))
                .hasSameBinaryContentAs(BundleReaderSampleTest.SAMPLE.resolve("recipients.csv"));
        assertThat(dir.resolve("notes.txt")).hasContent("kept");
        java.util.Set<String> expected = new java.util.TreeSet<>(List.of("notes.txt"));
        org.appeal.SampleBundle.files(BundleReaderSampleTest.SAMPLE).forEach(p -> expected.add(p.toString()));
        assertThat(listing(dir).keySet()).containsExactlyElementsOf(expected);
    }

    @Test
    void createsTheFolderWhenMissing() throws Exception {
        Path nested = dir.resolve("campaigns").resolve("new-one");

        new BundleWriter().write(new BundleReader().read(BundleReaderSampleTest.SAMPLE), nested);

        assertThat(new BundleReader().read(nested).campaign().id()).isEqualTo("rok-unga80-dprk-2025");
    }

    @Test
    void sourcesWhoseIdsMakeTheSameFileNameKeepTheirOwnTexts() throws Exception {
        CampaignData sample = new BundleReader().read(BundleReaderSampleTest.SAMPLE);
        // Made-up sources: three ids that all become "a_b" in a file name, the last only on a disk ignoring case.
        List<Source> sources = Stream.of("a b", "a_b", "A_B").map(id -> new Source(id, "Made-up " + id, "", "", null, "",
                List.of("The text of " + id + "."))).toList();
        CampaignData data = new CampaignData(sample.campaign(), sample.letter(), List.of(), sample.signatories(),
                List.of(), List.of(), sources, List.of(), List.of());

        new BundleWriter().write(data, dir);

        // Numbered in the bundle's order, by id: "A_B" < "a b" < "a_b".
        assertThat(Files.readString(dir.resolve("sources.csv"))).contains("sources/A_B.txt\n", "sources/a_b-2.txt\n",
                "sources/a_b-3.txt\n");
        assertThat(new BundleReader().read(dir).sources()).extracting(Source::id, Source::paragraphs).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A_B", List.of("The text of A_B.")),
                org.assertj.core.groups.Tuple.tuple("a b", List.of("The text of a b.")),
                org.assertj.core.groups.Tuple.tuple("a_b", List.of("The text of a_b.")));
    }

    @Test
    void sourcesEvidenceAndFurtherLettersAreWrittenAndReadBackEqual() throws Exception {
        CampaignData sample = new BundleReader().read(BundleReaderSampleTest.SAMPLE);
        Source withText = new Source("src-1", "A made-up source", "Made-up Ministry", "X/1/2", LocalDate.of(2030, 1, 2),
                "", List.of("Paragraph one.", "Paragraph two\n\nafter a page break.", "¶ 3 looks like a marker"),
                List.of("Distr.: General  \n2 January 2030"));
        Source withoutText = new Source("src 2", "Not in the library", "", "", null, "https://example.org/2", List.of());
        CampaignData data = new CampaignData(sample.campaign(),
                sample.letter().withCitations(new CitationSettings(CitationSettings.Way.ENDNOTES,
                        CitationSettings.Style.OSCOLA, true)), List.of(), sample.signatories(), List.of(), List.of(),
                List.of(withoutText, withText),
                List.of(new Evidence("q-1", "src-1", "Paragraph two after a page", new Pinpoint(Pinpoint.Unit.PARAGRAPH, "2")),
                        new Evidence("q-2", "src 2", "Quoted, with \"quotes\"", null)),
                List.of(new NamedLetter("briefing", new LetterDraft("Briefing", LocalDate.of(2030, 1, 3), "Body.\n",
                        "briefing.html.vm", null))));

        new BundleWriter().write(data, dir);

        assertThat(new BundleReader().read(dir)).isEqualTo(data);
        assertThat(dir.resolve("sources.csv")).content().isEqualTo("""
                id,title,issuing_body,symbol,date,url,text_file
                src 2,Not in the library,,,,https://example.org/2,
                src-1,A made-up source,Made-up Ministry,X/1/2,2030-01-02,,sources/src-1.txt
                """);
        assertThat(dir.resolve("sources/src-1.txt")).content().isEqualTo(
                "¶\nDistr.: General  \n2 January 2030\n¶ 1\nParagraph one.\n¶ 2\nParagraph two\n\nafter a page break.\n"
                        + "¶ 3\n\\¶ 3 looks like a marker\n");
        assertThat(dir.resolve("evidence.csv")).content().isEqualTo("key,source_id,quote,pinpoint_unit,pinpoint_value\n"
                + "q-1,src-1,Paragraph two after a page,PARAGRAPH,2\n"
                + "q-2,src 2,\"Quoted, with \"\"quotes\"\"\",,\n");
        assertThat(Files.readString(dir.resolve("campaign.yaml"))).contains("""
                  citations: endnotes
                  citation_style: oscola
                  bibliography: yes
                letters:
                  briefing:
                    subject: Briefing
                    date: 2030-01-03
                    signatories_as_of: 2030-01-03
                    template: briefing.html.vm
                    body: briefing.md
                    citations: footnotes
                """);
        assertThat(dir.resolve("briefing.md")).content().isEqualTo("Body.\n");
    }

    private static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path file : org.appeal.SampleBundle.files(dir)) {
            files.put(file.toString(), Files.readString(dir.resolve(file)));
        }
        return files;
    }
}
