package org.appeal.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.NamedLetter;
import org.junit.jupiter.api.Test;

/**
 * A letter and its Korean translation as one PDF: each complete, its notes numbered alike and
 * its references linking to its own notes; versions that do not cite in step are refused. The
 * campaign and both texts are made up.
 */
class BilingualLetterTest {
    private static final String ENGLISH = "The Commission found crimes.[@coi-2014] The Republic of Korea pledged"
            + " cooperation.[@rok-pledges-2024]\n\nThe Assembly condemned abductions.[@a-res-79-181]\n";
    private static final String KOREAN = "위원회는 범죄를 확인했습니다.[@coi-2014] 대한민국은 협력을 약속했습니다.[@rok-pledges-2024]\n\n"
            + "총회는 납치를 규탄했습니다.[@a-res-79-181]\n";

    private final Renderer renderer = Fixtures.renderer();

    private static CampaignData campaign(String korean, CitationSettings.Way way) {
        CampaignData data = CitationFixtures.citing(ENGLISH, new CitationSettings(way,
                CitationSettings.Style.CHICAGO_NOTES, false));
        return data.withOtherLetters(List.of(new NamedLetter("letter-ko",
                data.letter().withBody(korean).withLanguage("ko"), "letter")));
    }

    @Test
    void eachPartsNotesAreNumberedAlikeAndItsReferencesLinkToItsOwnNotes() throws Exception {
        RenderedLetter letter = new BilingualRenderer(renderer).render(campaign(KOREAN, CitationSettings.Way.FOOTNOTES),
                List.of("letter", "letter-ko"), null, RenderOptions.DEFAULT);

        Map<String, Integer> linkedFrom = new LinkedHashMap<>();
        Map<String, Integer> landsOn = new LinkedHashMap<>();
        int pages;
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            pages = pdf.getNumberOfPages();
            for (int p = 0; p < pages; p++) {
                for (PDAnnotation annotation : pdf.getPage(p).getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                            && goTo.getDestination() instanceof PDNamedDestination named) {
                        linkedFrom.put(named.getNamedDestination(), p + 1);
                        PDPageDestination target = pdf.getDocumentCatalog().findNamedDestinationPage(named);
                        landsOn.put(named.getNamedDestination(), pdf.getPages().indexOf(target.getPage()) + 1);
                    }
                }
            }
        }
        assertThat(pages).isEqualTo(2);
        assertThat(linkedFrom).containsExactly(Map.entry("note-1", 1), Map.entry("note-2", 1), Map.entry("note-3", 1),
                Map.entry("ko-note-1", 2), Map.entry("ko-note-2", 2), Map.entry("ko-note-3", 2));
        assertThat(landsOn).isEqualTo(linkedFrom);
        String text = PdfText.withoutFooters(letter.pdf()).replaceAll("[\\s\\u00A0]+", " ");
        assertThat(text).containsSubsequence("1. Human Rights Council", "3. General Assembly resolution 79/181",
                "위원회는", "1. Human Rights Council", "3. 유엔 총회 결의 79/181호");
    }

    @Test
    void versionsThatDoNotCiteInStepAreRefusedAndADifferentParagraphCountIsAWarning() throws Exception {
        String swapped = "대한민국은 협력을 약속했습니다.[@rok-pledges-2024] 위원회는 범죄를 확인했습니다.[@coi-2014]\n\n"
                + "총회는 납치를 규탄했습니다.[@a-res-79-181]\n";
        RenderException refused = catchThrowableOfType(RenderException.class, () -> new BilingualRenderer(renderer)
                .render(campaign(swapped, CitationSettings.Way.ENDNOTES), List.of("letter", "letter-ko"), null,
                        RenderOptions.DEFAULT));
        assertThat(refused.problems()).extracting(Object::toString).containsExactly("versions: 'letter' and"
                + " 'letter-ko' do not cite in step, so their notes would be numbered apart: citation 1 is @coi-2014"
                + " in the first version and @rok-pledges-2024 in the second");

        String joined = KOREAN.replace("\n\n", " ");
        RenderedLetter letter = new BilingualRenderer(renderer).render(campaign(joined, CitationSettings.Way.ENDNOTES),
                List.of("letter", "letter-ko"), null, RenderOptions.DEFAULT);
        List<String> warnings = new ArrayList<>(letter.warnings().stream().map(Object::toString).toList());
        assertThat(warnings).contains("versions: 'letter' and 'letter-ko': the first version has 2 paragraphs,"
                + " the second 1", "versions: 'letter' and 'letter-ko': paragraph 1 cites @coi-2014, @rok-pledges-2024"
                + " in the first version and @coi-2014, @rok-pledges-2024, @a-res-79-181 in the second");
    }

    @Test
    void thePdfA3VariantCarriesTheSignatoryListOnceAndIsPdfA3a() throws Exception {
        RenderedLetter letter = new BilingualRenderer(renderer).render(campaign(KOREAN, CitationSettings.Way.ENDNOTES),
                List.of("letter-ko", "letter"), null, RenderOptions.DEFAULT.withArchival(Archival.PDF_A_3_WITH_SIGNATORIES));

        assertThat(VeraPdf.validate(letter.pdf(), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_3_A).failures()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            assertThat(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsOnlyKeys(
                    "signatories.csv");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ko");
        }
    }
}
