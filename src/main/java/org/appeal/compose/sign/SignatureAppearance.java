package org.appeal.compose.sign;

/**
 * How a signature shows in the PDF: invisible (only in the viewer's signature panel) or as a
 * box of text on a page, and the reason and location written into the signature.
 *
 * @param visible    whether a box is drawn on a page
 * @param page       the page for the box, counted from 1; 0 means the last page
 * @param box        where the box goes, in PDF points from the page's lower left corner; null
 *                   means the bottom of the page, beside any signature boxes already there
 * @param reason     why the document is signed ("Signed on behalf of …"), or null
 * @param location   where it was signed ("Seoul"), or null
 * @param signerName the name the box shows; null means the certificate's common name
 */
public record SignatureAppearance(boolean visible, int page, Box box, String reason, String location,
                                  String signerName) {
    /** A rectangle on a page, in PDF points (1/72 inch) from the lower left corner. */
    public record Box(float x, float y, float width, float height) {
        public Box {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("a signature box needs a positive width and height");
            }
        }
    }

    public SignatureAppearance {
        if (page < 0) {
            throw new IllegalArgumentException("pages are counted from 1 (0 means the last page): " + page);
        }
        reason = blankToNull(reason);
        location = blankToNull(location);
        signerName = blankToNull(signerName);
    }

    /** A signature with no box on any page. */
    public static SignatureAppearance invisible(String reason, String location) {
        return new SignatureAppearance(false, 0, null, reason, location, null);
    }

    /** A box at the bottom of the last page. */
    public static SignatureAppearance visible(String reason, String location) {
        return new SignatureAppearance(true, 0, null, reason, location, null);
    }

    public SignatureAppearance onPage(int page) {
        return new SignatureAppearance(visible, page, box, reason, location, signerName);
    }

    public SignatureAppearance at(Box box) {
        return new SignatureAppearance(visible, page, box, reason, location, signerName);
    }

    public SignatureAppearance showing(String signerName) {
        return new SignatureAppearance(visible, page, box, reason, location, signerName);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
