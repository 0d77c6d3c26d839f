package org.appeal.compose.sign;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.kernel.pdf.PdfDocument;

import java.util.Set;

/** Names a new signature field Signature1, Signature2, … : the first name no field of the PDF has. */
final class SignatureFieldNames {
    static final String PREFIX = "Signature";

    private SignatureFieldNames() {
    }

    static String next(PdfDocument document) {
        PdfAcroForm form = PdfAcroForm.getAcroForm(document, false);
        Set<String> taken = form == null ? Set.of() : form.getAllFormFields().keySet();
        int n = 1;
        while (taken.contains(PREFIX + n)) {
            n++;
        }
        return PREFIX + n;
    }
}
