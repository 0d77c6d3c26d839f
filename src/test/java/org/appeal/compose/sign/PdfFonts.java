package org.appeal.compose.sign;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Every font a PDF uses, in page content and in annotation appearances (signature boxes), read with PDFBox. */
public final class PdfFonts {
    /** A font's name and whether its program is embedded. */
    public record Font(String name, boolean embedded) {
    }

    private PdfFonts() {
    }

    public static List<Font> of(byte[] pdf) throws IOException {
        List<Font> fonts = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                collect(page.getResources(), fonts, seen);
                for (PDAnnotation annotation : page.getAnnotations()) {
                    PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
                    if (appearance != null) {
                        collect(appearance.getResources(), fonts, seen);
                    }
                }
            }
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<Font> fonts, Map<Object, Boolean> seen) throws IOException {
        if (resources == null || seen.put(resources.getCOSObject(), true) != null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font != null) {
                fonts.add(new Font(font.getName(), font.isEmbedded()));
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collect(form.getResources(), fonts, seen);
            }
        }
    }
}
