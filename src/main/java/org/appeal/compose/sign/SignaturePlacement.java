package org.appeal.compose.sign;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import com.itextpdf.kernel.pdf.PdfName;

import java.util.List;

/**
 * Where a visible signature's box goes. Without a chosen box it goes into the bottom margin of
 * the page, right side first, then left, then rows further up, so that the boxes of organisations
 * signing one after another never cover each other.
 */
final class SignaturePlacement {
    static final float WIDTH = 200;
    static final float HEIGHT = 54;
    private static final float SIDE_MARGIN = 36;
    private static final float BOTTOM = 12;
    private static final float GAP = 6;

    /** The page (from 1) and box a visible signature gets. */
    record Placement(int page, Rectangle box) {
    }

    private SignaturePlacement() {
    }

    static Placement place(PdfDocument document, SignatureAppearance appearance) throws SigningException {
        int pages = document.getNumberOfPages();
        int page = appearance.page() == 0 ? pages : appearance.page();
        if (page > pages) {
            throw new SigningException("the PDF has " + pages + " page" + (pages == 1 ? "" : "s")
                    + ", so there is no page " + page + " for the signature");
        }
        SignatureAppearance.Box chosen = appearance.box();
        if (chosen != null) {
            return new Placement(page, new Rectangle(chosen.x(), chosen.y(), chosen.width(), chosen.height()));
        }
        return new Placement(page, freeSlot(document.getPage(page)));
    }

    private static Rectangle freeSlot(PdfPage page) {
        Rectangle crop = page.getCropBox();
        List<Rectangle> taken = signatureBoxes(page);
        float right = crop.getRight() - SIDE_MARGIN - WIDTH;
        float left = crop.getLeft() + SIDE_MARGIN;
        for (int row = 0; ; row++) {
            float y = crop.getBottom() + BOTTOM + row * (HEIGHT + GAP);
            if (y + HEIGHT > crop.getTop()) {
                // The page is full of signatures: the newest goes on top of the first slot.
                return new Rectangle(right, crop.getBottom() + BOTTOM, WIDTH, HEIGHT);
            }
            for (float x : new float[] {right, left}) {
                Rectangle slot = new Rectangle(x, y, WIDTH, HEIGHT);
                if (taken.stream().noneMatch(t -> t.overlaps(slot))) {
                    return slot;
                }
            }
        }
    }

    private static List<Rectangle> signatureBoxes(PdfPage page) {
        return page.getAnnotations().stream()
                .filter(a -> a instanceof PdfWidgetAnnotation)
                .filter(SignaturePlacement::isSignatureWidget)
                .map(a -> a.getRectangle())
                .filter(r -> r != null && r.size() == 4)
                .map(PdfArray::toRectangle)
                .filter(r -> r.getWidth() > 0 && r.getHeight() > 0)
                .toList();
    }

    private static boolean isSignatureWidget(PdfAnnotation widget) {
        PdfName type = widget.getPdfObject().getAsName(PdfName.FT);
        if (type == null && widget.getPdfObject().getAsDictionary(PdfName.Parent) != null) {
            type = widget.getPdfObject().getAsDictionary(PdfName.Parent).getAsName(PdfName.FT);
        }
        return PdfName.Sig.equals(type);
    }
}
