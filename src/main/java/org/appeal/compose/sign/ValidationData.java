package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;

/**
 * What a PDF's document security store (DSS) holds for checking its signatures later: how many
 * certificates, CRLs and OCSP responses. Counted, not judged: whether they validate a chain to a
 * trusted root is for a validator with a list of trusted authorities.
 */
public record ValidationData(int certificates, int crls, int ocspResponses) {
    public static final ValidationData NONE = new ValidationData(0, 0, 0);

    static ValidationData of(PdfDocument document) {
        PdfDictionary dss = document.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS);
        if (dss == null) {
            return NONE;
        }
        return new ValidationData(size(dss.getAsArray(PdfName.Certs)), size(dss.getAsArray(PdfName.CRLs)),
                size(dss.getAsArray(PdfName.OCSPs)));
    }

    private static int size(PdfArray array) {
        return array == null ? 0 : array.size();
    }

    public boolean present() {
        return certificates + crls + ocspResponses > 0;
    }

    /** Whether there is revocation data at all: without it a signature cannot be checked once its certificate expired. */
    public boolean hasRevocationData() {
        return crls + ocspResponses > 0;
    }
}
