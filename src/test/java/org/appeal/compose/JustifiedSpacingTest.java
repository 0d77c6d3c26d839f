package org.appeal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.Test;

/**
 * Justified lines stretch only the spaces between words: no line of a letter sets character
 * spacing ({@code Tc}), which would pull the letters of a word apart. iText's layout gives a
 * quarter of a justified line's slack to the letters unless told otherwise; pdfHTML 6.3 tells it
 * otherwise for every element with {@code text-align: justify} (spacing ratio 1), and this test
 * holds it to that, in English and in Korean.
 */
class JustifiedSpacingTest {
    @Test
    void noLineOfTheSampleLettersSpacesItsLettersApart() throws Exception {
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        Renderer renderer = Fixtures.renderer();

        for (String letter : List.of("letter", "letter-ko", "briefing")) {
            byte[] pdf = renderer.render(sample.focusedOn(letter).orElseThrow(),
                    sample.recipient("foreign-minister").orElseThrow(), RenderOptions.DEFAULT).pdf();
            assertThat(characterSpacings(pdf)).as(letter).allSatisfy(tc -> assertThat(tc).isZero());
        }
    }

    private static List<Float> characterSpacings(byte[] bytes) throws Exception {
        List<Float> spacings = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (PDPage page : pdf.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 1; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("Tc")
                            && tokens.get(i - 1) instanceof COSNumber value) {
                        spacings.add(value.floatValue());
                    }
                }
            }
        }
        return spacings;
    }
}
