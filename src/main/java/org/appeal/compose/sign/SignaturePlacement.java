package org.appeal.compose.sign;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.PdfName;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a visible signature's box goes. Without a chosen box it goes into the bottom margin of
 * the page, right side first, then left, then rows further up, so that the boxes of organisations
 * signing one after another never cover each other. A box never covers the page's text, its
 * images or another annotation: {@link SignatureVerifier} would rightly report such a signature
 * as more than a signature, so a page with no free place is refused rather than covered.
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
        List<Rectangle> taken = taken(document.getPage(page), page);
        SignatureAppearance.Box chosen = appearance.box();
        if (chosen != null) {
            Rectangle box = new Rectangle(chosen.x(), chosen.y(), chosen.width(), chosen.height());
            if (taken.stream().anyMatch(t -> covers(t, box))) {
                throw new SigningException("the chosen signature box would cover text, an image or another box on page "
                        + page + ": choose a free place");
            }
            return new Placement(page, box);
        }
        return new Placement(page, freeSlot(document.getPage(page), page, taken));
    }

    private static Rectangle freeSlot(PdfPage page, int number, List<Rectangle> taken) throws SigningException {
        Rectangle crop = page.getCropBox();
        float right = crop.getRight() - SIDE_MARGIN - WIDTH;
        float left = crop.getLeft() + SIDE_MARGIN;
        for (float y = crop.getBottom() + BOTTOM; y + HEIGHT <= crop.getTop(); y += HEIGHT + GAP) {
            for (float x : new float[] {right, left}) {
                Rectangle slot = new Rectangle(x, y, WIDTH, HEIGHT);
                if (taken.stream().noneMatch(t -> covers(t, slot))) {
                    return slot;
                }
            }
        }
        throw new SigningException("page " + number + " has no free place for another signature box that covers"
                + " neither text nor another box: sign on another page, or invisibly");
    }

    /** Text, images and visible annotations (earlier signature boxes among them) of the page. */
    private static List<Rectangle> taken(PdfPage page, int number) throws SigningException {
        List<Rectangle> taken = new ArrayList<>();
        try {
            for (Ink.Mark mark : Ink.ofPage(page)) {
                Ink.Box box = mark.box();
                taken.add(new Rectangle((float) box.left(), (float) box.bottom(), (float) (box.right() - box.left()),
                        (float) (box.top() - box.bottom())));
            }
        } catch (Ink.Unreadable e) {
            throw new SigningException("page " + number + " cannot take a visible signature: " + e.getMessage()
                    + "; sign invisibly", e);
        }
        for (PdfAnnotation annotation : page.getAnnotations()) {
            PdfArray rectangle = annotation.getRectangle();
            boolean hidden = (annotation.getFlags() & (PdfAnnotation.HIDDEN | PdfAnnotation.NO_VIEW)) != 0;
            if (rectangle != null && rectangle.size() == 4 && !hidden && annotation.getPdfObject().get(PdfName.AP) != null) {
                taken.add(rectangle.toRectangle());
            }
        }
        return taken;
    }

    // Boxes that merely touch (a shared edge, a rounding error) do not cover each other.
    private static boolean covers(Rectangle taken, Rectangle box) {
        return Math.min(taken.getRight(), box.getRight()) - Math.max(taken.getLeft(), box.getLeft()) > 0.5f
                && Math.min(taken.getTop(), box.getTop()) - Math.max(taken.getBottom(), box.getBottom()) > 0.5f;
    }
}
