package org.appeal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.styledxmlparser.jsoup.Jsoup;
import com.itextpdf.styledxmlparser.jsoup.nodes.Element;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.appeal.compose.BilingualRenderer;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.PdfLines;
import org.appeal.compose.PdfText;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.compose.VeraPdf;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The sample campaign's Korean letter ({@code letter-ko}, a translation of the seed letter made
 * for the sample) in a Korean frame, broken between words as Korean is set, and the bilingual
 * letter of the English and the Korean, each complete, with the same citations in the same order.
 */
class KoreanLetterAcceptanceTest {
    /** Every word the English frame prints. */
    private static final List<String> ENGLISH_FRAME = List.of("Dear", "Re:", "CC.", "Fax:", "E-mail:", "Sincerely",
            "Signatories", "as of", "Groups", "Individuals", "Notes", "Sources", "October");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    private static CampaignData sample;
    private static Renderer renderer;
    private static RenderedLetter korean;
    private static RenderedLetter bilingual;
    private static RenderedLetter english;

    @BeforeAll
    static void render() throws Exception {
        sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        renderer = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
        korean = renderer.render(sample.focusedOn("letter-ko").orElseThrow(), null, RenderOptions.DEFAULT);
        english = renderer.render(sample, null, RenderOptions.DEFAULT);
        bilingual = new BilingualRenderer(renderer).render(sample, List.of("letter", "letter-ko"), null,
                RenderOptions.DEFAULT);
    }

    @Test
    void theKoreanLettersTextHasNoneOfTheEnglishFrameWords() throws Exception {
        String text = PdfText.withoutFooters(korean.pdf()) + PdfText.footers(korean.pdf());

        assertThat(text).doesNotContain(ENGLISH_FRAME);
        assertThat(text.replaceAll("\\s+", " ")).contains("2025년 10월 28일", "대한민국 대통령 귀하", "팩스: +82 2-770-4721",
                "전자우편: president.go.kr", "참조.", "제목: 제80차 유엔 총회에서 채택될 2025년 북한인권결의안", "대통령님께",
                "서명 단체 및 개인 일동 올림", "서명 명단(2025년 7월 9일 기준)", "단체", "개인");
        assertThat(PdfText.footers(korean.pdf())).isEqualTo("[][- 2 -][- 3 -]");
    }

    @Test
    void noLineOfTheKoreanLetterEndsInsideAHangulWord() throws Exception {
        String body = " " + String.join(" ", bodyParagraphs(korean)) + " ";
        List<PdfLines.Line> lines = PdfLines.of(korean.pdf());
        int joins = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String end = lastWord(lines.get(i).text());
            String start = firstWord(lines.get(i + 1).text());
            if (endsInHangul(end) && startsInHangul(start) && body.contains(end + start)) {
                // The two would make one word only if the body had them without a space between.
                assertThat(body).as("line %d ends with '%s', the next starts with '%s'", i, end, start)
                        .contains(end + " " + start);
            }
            joins++;
        }
        assertThat(joins).isGreaterThan(40);
    }

    @Test
    void everyWordOfTheKoreanBodyStandsWholeOnOneLineOfThePdf() throws Exception {
        List<String> lines = PdfLines.of(korean.pdf()).stream().map(PdfLines.Line::text).toList();
        List<String> words = new ArrayList<>();
        bodyParagraphs(korean).forEach(p -> words.addAll(List.of(p.split("\\s+"))));

        assertThat(words).hasSizeGreaterThan(400).filteredOn(w -> HANGUL.matcher(w).find()).hasSizeGreaterThan(300);
        for (String word : words) {
            assertThat(lines).as("the word '%s'", word).anySatisfy(line -> assertThat(line).contains(word));
        }
    }

    @Test
    void titlesWithAHangulFormPrintInHangulInTheKoreanLetterAndInEnglishInTheEnglishOne() throws Exception {
        String ko = PdfText.withoutFooters(korean.pdf()).replaceAll("\\s+", " ");
        String en = PdfText.withoutFooters(english.pdf()).replaceAll("\\s+", " ");

        assertThat(ko).contains("Roberta Cohen / 전 북한인권위원회 공동위원장", "Kim Min-seok 국무총리",
                "(03172) 서울 종로구 사직로8길 60").doesNotContain("Former Co-Chair", "Prime Minister");
        assertThat(en).contains("Roberta Cohen / Former Co-Chair of the Committee for Human Rights in North Korea",
                "Prime Minister Kim Min-seok").doesNotContainPattern(HANGUL);
    }

    @Test
    void theBilingualLetterHoldsBothLettersWholeWithTheSameCitationsInTheSameOrder() throws Exception {
        int englishPages = pages(english);
        List<List<String>> citations = List.of(new ArrayList<>(), new ArrayList<>());
        try (PDDocument pdf = Loader.loadPDF(bilingual.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(englishPages + pages(korean));
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                for (PDAnnotation annotation : pdf.getPage(p).getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                            && uri.getURI().startsWith("https://")) {
                        List<String> part = citations.get(p < englishPages ? 0 : 1);
                        // Cited words that run over a line break are one link in two pieces.
                        if (part.isEmpty() || !part.get(part.size() - 1).equals(uri.getURI())) {
                            part.add(uri.getURI());
                        }
                    }
                }
            }
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
        assertThat(citations.get(0)).containsExactly("https://undocs.org/A/HRC/25/63",
                "https://undocs.org/A/RES/78/218", "https://undocs.org/A/RES/79/181");
        assertThat(citations.get(1)).isEqualTo(citations.get(0));

        String text = PdfText.withoutFooters(bilingual.pdf());
        assertThat(text.replaceAll("\\s+", "")).isEqualTo((PdfText.withoutFooters(english.pdf())
                + PdfText.withoutFooters(korean.pdf())).replaceAll("\\s+", ""));
        assertThat(PdfText.footers(bilingual.pdf())).isEqualTo("[][2][3][][- 2 -][- 3 -]");
    }

    @Test
    void theKoreanAndTheBilingualLetterArePdfA2a() throws Exception {
        assertThat(VeraPdf.validate(korean.pdf(), PDFAFlavour.PDFA_2_A).failures()).isEmpty();
        assertThat(VeraPdf.validate(bilingual.pdf(), PDFAFlavour.PDFA_2_A).failures()).isEmpty();
    }

    /** The body's paragraphs as the letter prints them (the body evaluated and made HTML). */
    private static List<String> bodyParagraphs(RenderedLetter letter) {
        List<String> paragraphs = new ArrayList<>();
        for (Element p : Jsoup.parse(letter.html()).select("div.body p")) {
            paragraphs.add(p.text().strip());
        }
        return paragraphs;
    }

    private static int pages(RenderedLetter letter) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            return pdf.getNumberOfPages();
        }
    }

    private static String lastWord(String line) {
        String[] words = line.split("\\s+");
        return words[words.length - 1];
    }

    private static String firstWord(String line) {
        return line.split("\\s+")[0];
    }

    private static boolean endsInHangul(String word) {
        return !word.isEmpty() && HANGUL.matcher(word.substring(word.length() - 1)).matches();
    }

    private static boolean startsInHangul(String word) {
        return !word.isEmpty() && HANGUL.matcher(word.substring(0, 1)).matches();
    }
}
