package org.appeal.compose;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Signatory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HangulSignatoryTest {
    private static final String NAME = "대한민국 북한인권 시민연대 <b>&</b>";

    private final Renderer renderer = Fixtures.renderer();

    @Test
    void hangulNameWithMarkupCharactersPrintsLiterallyWithEmbeddedRealGlyphs() throws Exception {
        CampaignData data = Fixtures.campaign("Body.",
                new Signatory("kr", Signatory.Kind.ORGANISATION, 2, NAME, "", "", "", null, null));

        byte[] pdf = renderer.render(data, null, RenderOptions.DEFAULT).pdf();

        assertThat(PdfText.withoutFooters(pdf)).contains(NAME);
        List<Glyph> glyphs = glyphsOf(pdf, NAME);
        assertThat(glyphs).hasSize(NAME.replace(" ", "").length());
        assertThat(glyphs).allSatisfy(g -> {
            assertThat(g.embedded()).as("font %s of '%s' embedded", g.font(), g.text()).isTrue();
            assertThat(g.glyphId()).as("glyph of '%s' in %s", g.text(), g.font()).isPositive();
        });
        assertThat(glyphs).filteredOn(g -> g.text().equals("대")).extracting(Glyph::font)
                .allSatisfy(font -> assertThat(font).contains("NanumMyeongjo"));
    }

    @Test
    void aCharacterNoBundledFontHasBlocksTheRender() {
        CampaignData data = Fixtures.campaign("Body.",
                new Signatory("x", Signatory.Kind.ORGANISATION, 2, "Ancient \uD80C\uDC00 Society", "", "", "", null, null));

        assertThatThrownBy(() -> renderer.render(data, null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).startsWith("no bundled font has a glyph for U+13000")));
    }

    record Glyph(String text, String font, boolean embedded, int glyphId) {
    }

    /** Every drawn glyph of the line that holds {@code line}, with the font and glyph id it was drawn with. */
    private static List<Glyph> glyphsOf(byte[] pdf, String line) throws IOException {
        List<Glyph> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (text.contains(line)) {
                        int start = text.indexOf(line);
                        for (TextPosition p : positions.subList(start, start + line.length())) {
                            if (!p.getUnicode().isBlank()) {
                                found.add(new Glyph(p.getUnicode(), p.getFont().getName(), p.getFont().isEmbedded(),
                                        glyphId(p.getFont(), p.getCharacterCodes()[0])));
                            }
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
        }
        return found;
    }

    private static int glyphId(PDFont font, int code) throws IOException {
        if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
            return cid.codeToGID(code);
        }
        throw new AssertionError("expected an embedded TrueType CID font, got " + font);
    }
}
