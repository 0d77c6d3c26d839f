package org.appeal.compose.sign;

import org.appeal.compose.FontLibrary;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleReader;

import java.nio.file.Path;

/** The sample campaign's letter, rendered once per test run: every signing test signs a real letter. */
public final class SamplePdf {
    private SamplePdf() {
    }

    public static byte[] letter() {
        return Holder.LETTER.clone();
    }

    public static FontLibrary fonts() {
        return Holder.FONTS;
    }

    private static final class Holder {
        static final FontLibrary FONTS = new FontLibrary();
        static final byte[] LETTER = render();

        private static byte[] render() {
            try {
                CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
                return new Renderer(new TemplateEngine(Path.of("templates")), FONTS)
                        .render(sample, null, RenderOptions.DEFAULT).pdf();
            } catch (Exception e) {
                throw new IllegalStateException("the sample campaign does not render", e);
            }
        }
    }
}
