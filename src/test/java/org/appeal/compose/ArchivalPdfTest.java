package org.appeal.compose;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exported letters are PDF/A, checked by veraPDF (not by iText, which would only be checking its
 * own work), and carry document metadata that agrees between the Info dictionary and XMP.
 */
class ArchivalPdfTest {
    private static final Path SAMPLE = Path.of("seeds/sample-campaign");
    private static final RenderOptions PDF_A_3 = RenderOptions.DEFAULT.withArchival(Archival.PDF_A_3_WITH_SIGNATORIES);

    private static CampaignData sample;
    private static Renderer renderer;

    @BeforeAll
    static void readSample() throws Exception {
        sample = new BundleReader().read(SAMPLE);
        renderer = Fixtures.renderer();
    }

    @Test
    void theExportedSampleIsPdfA2aWithNoFailedRule() throws Exception {
        byte[] pdf = renderer.render(sample, null, RenderOptions.DEFAULT).pdf();

        VeraPdf.Report report = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);

        assertThat(report.failures()).as(report.toString()).isEmpty();
        assertThat(report.compliant()).as(report.toString()).isTrue();
        assertThat(report.declared()).isEqualTo(PDFAFlavour.PDFA_2_A);
    }

    @Test
    void thePdfA3VariantIsPdfA3aAndCarriesThePrintedSignatoriesAsCsv() throws Exception {
        byte[] pdf = renderer.render(sample, null, PDF_A_3).pdf();

        VeraPdf.Report report = VeraPdf.validate(pdf, PDFAFlavour.PDFA_3_A);
        assertThat(report.failures()).as(report.toString()).isEmpty();
        assertThat(report.compliant()).as(report.toString()).isTrue();
        assertThat(report.declared()).isEqualTo(PDFAFlavour.PDFA_3_A);

        Attachment csv = onlyAttachment(pdf);
        assertThat(csv.name()).isEqualTo("signatories.csv");
        assertThat(csv.mimeType()).isEqualTo("text/csv");
        assertThat(csv.relationship()).isEqualTo("Data");
        assertThat(csv.associatedWithDocument()).isTrue();
        // Everyone in the sample signed before its as-of date and nobody withdrew: the printed list
        // is the whole list, so the attachment is the bundle's own file, byte for byte.
        assertThat(csv.text()).isEqualTo(Files.readString(SAMPLE.resolve("signatories.csv")));
    }

    @Test
    void theAttachedListIsTheOneTheLetterPrintsAsOfItsDate() throws Exception {
        LocalDate asOf = LocalDate.of(2025, 7, 9);
        CampaignData data = Fixtures.campaign("Body.",
                new Signatory("late", Signatory.Kind.ORGANISATION, 2, "Late Joiners", "", "", "", asOf.plusDays(1), null),
                new Signatory("gone", Signatory.Kind.ORGANISATION, 4, "Gone, Already", "", "", "", null, asOf),
                new Signatory("quoted", Signatory.Kind.ORGANISATION, 5, "The \"Quoted\" Group", "TQG", "", "Korea",
                        LocalDate.of(2025, 1, 2), null));

        Attachment csv = onlyAttachment(renderer.render(data, null, PDF_A_3).pdf());

        assertThat(csv.text()).isEqualTo("""
                id,kind,position,name,acronym,title,country,signed_on,withdrawn_on
                org-a,ORGANISATION,1,Example Rights Watch,ERW,,,,
                quoted,ORGANISATION,5,"The ""Quoted"" Group",TQG,,Korea,2025-01-02,
                ind-a,INDIVIDUAL,3,Jane Example,,Professor of Law,,,
                """);
    }

    @Test
    void aKoreanLetterIsPdfA2aToo() throws Exception {
        CampaignData data = Fixtures.campaign("북한 인권 결의안에 대해 씁니다.",
                new Signatory("kr", Signatory.Kind.ORGANISATION, 2, "대한민국 북한인권 시민연대", "", "", "", null, null));
        CampaignData korean = new CampaignData(new Campaign("kr", "북한인권 결의안 2025", "ko", "", "북한인권 연대"),
                data.letter(), data.recipients(), data.signatories(), List.of(), List.of(), List.of(), List.of());

        byte[] pdf = renderer.render(korean, null, RenderOptions.DEFAULT).pdf();

        VeraPdf.Report report = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
        assertThat(report.failures()).as(report.toString()).isEmpty();
        assertThat(report.compliant()).as(report.toString()).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("북한인권 연대");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ko");
        }
    }

    @Test
    void metadataNamesTheLetterAndLeavesOutAnAuthorNobodyGave() throws Exception {
        byte[] pdf = renderer.render(sample, null, RenderOptions.DEFAULT).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("2025 North Korean human rights resolution, 80th UN General Assembly");
            assertThat(info.getSubject()).isEqualTo(
                    "2025 North Korean human rights resolution to be adopted at the 80th United Nations General Assembly");
            assertThat(info.getKeywords()).isEqualTo("Lee Jae-myung, advocacy letter");
            assertThat(info.getCreator()).isEqualTo("Appeal");
            assertThat(info.getAuthor()).as("the sample names no coalition").isNull();
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part=\"2\"", "pdfaid:conformance=\"A\"",
                    "2025 North Korean human rights resolution, 80th UN General Assembly", "xmp:CreatorTool=\"Appeal\"")
                    .doesNotContain("dc:creator");
        }
    }

    @Test
    void theCoalitionIsTheAuthorAndTheSubjectStandsInForAMissingTitle() throws Exception {
        CampaignData data = Fixtures.campaign("Body.");
        CampaignData untitled = new CampaignData(new Campaign("c", "", "en", "", "Example Coalition for Rights"),
                data.letter(), data.recipients(), data.signatories(), List.of(), List.of(), List.of(), List.of());
        var cc = data.copied().get(0);

        byte[] pdf = renderer.render(untitled, cc, RenderOptions.DEFAULT).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("A subject with 80th");
            assertThat(info.getAuthor()).isEqualTo("Example Coalition for Rights");
            assertThat(info.getKeywords()).as("whom this copy goes to").isEqualTo("Alex Sample, advocacy letter");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("Example Coalition for Rights", "A subject with 80th");
        }
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A).failures()).isEmpty();
    }

    @Test
    void aPlainPdfHasTheSameTextAndMetadataButNoPdfAParts() throws Exception {
        byte[] archival = renderer.render(sample, null, RenderOptions.DEFAULT).pdf();
        byte[] plain = renderer.render(sample, null, RenderOptions.DEFAULT.withArchival(Archival.NONE)).pdf();

        assertThat(VeraPdf.validate(plain, PDFAFlavour.PDFA_2_B).compliant()).isFalse();
        try (PDDocument document = Loader.loadPDF(plain)) {
            assertThat(document.getDocumentCatalog().getOutputIntents()).isEmpty();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("2025 North Korean human rights resolution, 80th UN General Assembly");
        }
        assertThat(PdfText.withoutFooters(plain)).isEqualTo(PdfText.withoutFooters(archival));
    }

    record Attachment(String name, String mimeType, String relationship, boolean associatedWithDocument, String text) {
    }

    /** The one embedded file, with what PDF/A-3 requires of it: MIME type, relationship, listed in the catalog's AF. */
    private static Attachment onlyAttachment(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
            assertThat(files).containsOnlyKeys("signatories.csv");
            PDComplexFileSpecification spec = files.values().iterator().next();
            PDEmbeddedFile file = spec.getEmbeddedFile();
            COSArray af = (COSArray) document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.AF);
            List<COSBase> associated = new ArrayList<>();
            if (af != null) {
                af.forEach(entry -> associated.add(entry instanceof COSObject o ? o.getObject() : entry));
            }
            COSDictionary specDictionary = spec.getCOSObject();
            return new Attachment(spec.getFileUnicode(), file.getSubtype(),
                    specDictionary.getNameAsString(COSName.getPDFName("AFRelationship")),
                    associated.contains(specDictionary),
                    new String(file.toByteArray(), StandardCharsets.UTF_8));
        }
    }
}
