package org.appeal.ui.letter;

import org.appeal.SampleBundle;
import org.appeal.app.PreviewRasterizer;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview renders without PDF/A (LetterPreview.PREVIEW) to be quicker; what the user sees must
 * still be exactly what the exported PDF/A file prints: every page of every sample letter (English
 * with links, the briefing with footnotes, the Korean letter) is the same image, pixel for pixel.
 */
class PreviewLooksLikeExportTest {
    @Test
    void everyPageOfEverySampleLetterIsTheSameImageInThePreviewAndInTheExport() throws Exception {
        CampaignData sample = new BundleReader().read(SampleBundle.FOLDER);
        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
        PreviewRasterizer rasterizer = new PreviewRasterizer(80f);

        assertThat(sample.letterNames()).contains("letter", "letter-ko");
        for (String name : sample.letterNames()) {
            CampaignData letter = sample.focusedOn(name).orElseThrow();
            List<BufferedImage> exported = pages(rasterizer, renderer.render(letter, null, RenderOptions.DEFAULT).pdf());
            List<BufferedImage> previewed = pages(rasterizer, renderer.render(letter, null, LetterPreview.PREVIEW).pdf());

            assertThat(previewed).as(name + ": pages").hasSameSizeAs(exported).isNotEmpty();
            for (int page = 0; page < exported.size(); page++) {
                assertThat(differingPixels(exported.get(page), previewed.get(page)))
                        .as(name + ", page " + (page + 1) + ": pixels that differ").isZero();
            }
        }
    }

    private static List<BufferedImage> pages(PreviewRasterizer rasterizer, byte[] pdf) {
        List<BufferedImage> pages = new ArrayList<>();
        rasterizer.rasterize(pdf, page -> pages.add(page.image()), () -> false);
        return pages;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        int differing = 0;
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
