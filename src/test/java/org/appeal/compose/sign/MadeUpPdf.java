package org.appeal.compose.sign;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.geom.Rectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Small one-page letters written by the test (made up: no seed data), for attacks that need
 * objects prepared in the signed revision. The page says {@link #SUPPORT} at the top and
 * {@link #VOID} below it, with a white box over the second line so that the signer sees only the
 * first; a preparation may add objects that nothing uses yet and record their numbers.
 */
public final class MadeUpPdf {
    public static final String SUPPORT = "We support the resolution.";
    public static final String VOID = "This letter is void.";
    public static final String OPPOSE = "We oppose the resolution.";
    /** Where the text of the page sits, in PDF points: a box placed here covers it. */
    public static final Rectangle TEXT = new Rectangle(72, 640, 300, 80);
    /** An empty corner at the bottom of the page, far from any text. */
    public static final Rectangle MARGIN = new Rectangle(360, 20, 200, 50);

    /** The letter and the numbers of the objects its preparations made. */
    public record Letter(byte[] pdf, Map<String, Integer> objects) {
        public int object(String name) {
            Integer number = objects.get(name);
            if (number == null) {
                throw new IllegalArgumentException("no prepared object " + name);
            }
            return number;
        }
    }

    /** Adds objects to the letter before it is written; names what it made in {@code objects}. */
    public interface Preparation {
        void prepare(PdfDocument document, PdfPage page, Map<String, Integer> objects) throws IOException;
    }

    private MadeUpPdf() {
    }

    public static Letter letter(Preparation... preparations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Integer> objects = new HashMap<>();
        try (PdfDocument document = new PdfDocument(new PdfWriter(out))) {
            // Prepared objects are used by nothing yet; iText leaves such objects out unless told otherwise.
            document.setFlushUnusedObjects(true);
            PdfPage page = document.addNewPage(PageSize.A4);
            PdfFont font = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            PdfCanvas canvas = new PdfCanvas(page);
            canvas.beginText().setFontAndSize(font, 14).moveText(72, 700).showText(SUPPORT).endText();
            canvas.beginText().setFontAndSize(font, 14).moveText(72, 660).showText(VOID).endText();
            // The second content stream hides the second line under a white box.
            PdfCanvas cover = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), document);
            cover.saveState().setFillColorGray(1).rectangle(70, 650, 200, 25).fill().restoreState();
            objects.put("text", page.getFirstContentStream().getIndirectReference().getObjNumber());
            objects.put("cover", page.getLastContentStream().getIndirectReference().getObjNumber());
            objects.put("page", page.getPdfObject().getIndirectReference().getObjNumber());
            objects.put("font", font.getPdfObject().getIndirectReference().getObjNumber());
            for (Preparation preparation : preparations) {
                preparation.prepare(document, page, objects);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Letter(out.toByteArray(), objects);
    }

    /** A content stream nobody draws yet, saying {@link #OPPOSE} where the first line is. */
    public static Preparation unusedContent(String name) {
        return (document, page, objects) -> {
            PdfStream stream = new PdfStream();
            stream.makeIndirect(document);
            PdfCanvas canvas = new PdfCanvas(stream, page.getResources(), document);
            canvas.saveState().setFillColorGray(1).rectangle(70, 690, 300, 25).fill().restoreState();
            canvas.beginText().setFontAndSize(PdfFontFactory.createFont(StandardFonts.HELVETICA), 14)
                    .moveText(72, 700).showText(OPPOSE).endText();
            objects.put(name, stream.getIndirectReference().getObjNumber());
        };
    }

    /** A form XObject nobody draws yet that paints a white box and {@link #OPPOSE} over the first line. */
    public static Preparation unusedOverlay(String name) {
        return (document, page, objects) -> {
            PdfFormXObject overlay = new PdfFormXObject(new Rectangle(0, 0, 595, 842));
            PdfCanvas canvas = new PdfCanvas(overlay, document);
            canvas.saveState().setFillColorGray(1).rectangle(70, 690, 300, 25).fill().restoreState();
            canvas.beginText().setFontAndSize(PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD), 14)
                    .moveText(72, 700).showText(OPPOSE).endText();
            overlay.makeIndirect(document);
            objects.put(name, overlay.getPdfObject().getIndirectReference().getObjNumber());
        };
    }

    /** A font nobody uses yet (Courier), ready to be swapped in for the page's font. */
    public static Preparation unusedFont(String name) {
        return (document, page, objects) -> {
            PdfDictionary courier = new PdfDictionary();
            courier.put(PdfName.Type, PdfName.Font);
            courier.put(PdfName.Subtype, PdfName.Type1);
            courier.put(PdfName.BaseFont, new PdfName(StandardFonts.COURIER));
            courier.put(PdfName.Encoding, PdfName.WinAnsiEncoding);
            courier.makeIndirect(document);
            objects.put(name, courier.getIndirectReference().getObjNumber());
        };
    }

    /**
     * A second catalog and page tree nobody uses yet, whose one page says {@link #OPPOSE}; the
     * letter gets an (empty) form that both catalogs share.
     */
    public static Preparation unusedCatalog(String name) {
        return (document, page, objects) -> {
            unusedContent(name + "-content").prepare(document, page, objects);
            PdfDictionary pages = new PdfDictionary();
            pages.put(PdfName.Type, PdfName.Pages);
            pages.makeIndirect(document);
            PdfDictionary other = new PdfDictionary();
            other.put(PdfName.Type, PdfName.Page);
            other.put(PdfName.Parent, pages);
            other.put(PdfName.MediaBox, new PdfArray(PageSize.A4));
            other.put(PdfName.Resources, page.getResources().getPdfObject());
            other.put(PdfName.Contents, document.getPdfObject(objects.get(name + "-content")));
            other.makeIndirect(document);
            pages.put(PdfName.Kids, new PdfArray(other));
            pages.put(PdfName.Count, new PdfNumber(1));
            // Both catalogs share the form, so a signature added later shows through either of them.
            PdfDictionary real = document.getCatalog().getPdfObject();
            PdfDictionary form = real.getAsDictionary(PdfName.AcroForm);
            if (form == null) {
                form = new PdfDictionary();
                form.put(PdfName.Fields, new PdfArray());
                form.makeIndirect(document);
                real.put(PdfName.AcroForm, form);
            }
            PdfDictionary catalog = new PdfDictionary();
            catalog.put(PdfName.Type, PdfName.Catalog);
            catalog.put(PdfName.Pages, pages);
            catalog.put(PdfName.AcroForm, form);
            catalog.makeIndirect(document);
            objects.put(name, catalog.getIndirectReference().getObjNumber());
            objects.put(name + "-pages", pages.getIndirectReference().getObjNumber());
        };
    }

    /** A square annotation on the page with an appearance: a thin frame in the margin. */
    public static Preparation square(String name) {
        return (document, page, objects) -> {
            PdfDictionary square = Annotations.annotation(document, PdfName.Square, MARGIN,
                    Annotations.appearance(MARGIN, "0.5 w 1 1 198 48 re S"));
            Annotations.addToPage(page, square);
            objects.put(name, square.getIndirectReference().getObjNumber());
            objects.put(name + "-appearance", square.getAsDictionary(PdfName.AP).getAsStream(PdfName.N)
                    .getIndirectReference().getObjNumber());
        };
    }

    /** A FreeText annotation saying {@link #OPPOSE} over the text, on no page yet. */
    public static Preparation unusedNote(String name) {
        return (document, page, objects) -> {
            PdfDictionary note = Annotations.annotation(document, PdfName.FreeText, TEXT,
                    Annotations.appearance(TEXT, Annotations.OVERLAY));
            note.put(PdfName.Contents, new PdfString(OPPOSE));
            objects.put(name, note.getIndirectReference().getObjNumber());
        };
    }

    /** A text field "Position" on the page whose value and appearance say {@link #SUPPORT}. */
    public static Preparation textField(String name) {
        return (document, page, objects) -> {
            Rectangle box = new Rectangle(72, 560, 300, 30);
            PdfDictionary field = Annotations.annotation(document, PdfName.Widget, box,
                    Annotations.appearance(box, "BT /Helv 12 Tf 2 10 Td (" + SUPPORT + ") Tj ET"));
            field.put(PdfName.FT, PdfName.Tx);
            field.put(PdfName.T, new PdfString("Position"));
            field.put(PdfName.V, new PdfString(SUPPORT));
            Annotations.addToPage(page, field);
            Annotations.addToForm(document, field);
            objects.put(name, field.getIndirectReference().getObjNumber());
        };
    }
}
