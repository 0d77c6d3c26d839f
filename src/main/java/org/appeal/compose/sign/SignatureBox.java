package org.appeal.compose.sign;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import org.appeal.compose.FontLibrary;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The text of a visible signature, set in the bundled fonts (Liberation Serif, Nanum Myeongjo for
 * Hangul names) and embedded like the letter's own: iText's default would be an unembedded
 * Helvetica, which PDF/A forbids and which cannot print Hangul. The text shrinks until it fits
 * the box, because a reason cut off in the middle would misstate what was signed.
 */
final class SignatureBox {
    private static final float LARGEST = 8;
    private static final float SMALLEST = 4;
    private static final float STEP = 0.5f;
    private static final float PADDING = 3;
    private static final float BORDER = 0.5f;
    private static final float SAFETY = 4;

    private final FontLibrary fonts;

    SignatureBox(FontLibrary fonts) {
        this.fonts = fonts;
    }

    SignatureFieldAppearance appearance(String fieldName, List<String> lines, Rectangle box) {
        FontProvider provider = fonts.provider();
        float size = fittingSize(lines, box, provider);
        SignatureFieldAppearance appearance = new SignatureFieldAppearance(fieldName).setContent(content(lines, size));
        appearance.setProperty(Property.FONT_PROVIDER, provider);
        appearance.setFontFamily(FontLibrary.FAMILIES);
        appearance.setFontSize(size);
        appearance.setBorder(new SolidBorder(ColorConstants.GRAY, BORDER));
        return appearance;
    }

    private static Div content(List<String> lines, float size) {
        Div div = new Div().setPadding(PADDING).setVerticalAlignment(VerticalAlignment.MIDDLE);
        for (String line : lines) {
            div.add(new Paragraph(line).setMargin(0).setMultipliedLeading(1.15f).setFontSize(size));
        }
        return div;
    }

    /** The largest size at which every line is laid out inside the box, measured by iText's own layout. */
    private static float fittingSize(List<String> lines, Rectangle box, FontProvider provider) {
        // The signature renderer keeps its own inner margin beside the border; measuring against
        // a slightly smaller area keeps the last line from being clipped.
        float inner = 2 * (BORDER + SAFETY);
        Rectangle area = new Rectangle(0, 0, box.getWidth() - inner, box.getHeight() - inner);
        try (PdfDocument scratch = new PdfDocument(new PdfWriter(new ByteArrayOutputStream()));
             Document document = new Document(scratch)) {
            document.setFontProvider(provider);
            document.setFontFamily(FontLibrary.FAMILIES);
            for (float size = LARGEST; size > SMALLEST; size -= STEP) {
                if (fits(content(lines, size), area, document)) {
                    return size;
                }
            }
        }
        return SMALLEST;
    }

    private static boolean fits(Div content, Rectangle area, Document document) {
        IRenderer renderer = content.createRendererSubTree().setParent(new DocumentRenderer(document));
        LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(1, area)));
        return result.getStatus() == LayoutResult.FULL;
    }
}
