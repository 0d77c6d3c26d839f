package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfString;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a form field or widget says about itself, following /Parent for what it inherits. A field
 * and its widget are often one dictionary; a widget may also sit under its field as a kid.
 */
final class SignatureFields {
    // A parent chain longer than this is a loop or a hostile file; real forms nest a few levels.
    private static final int MAX_DEPTH = 32;

    private SignatureFields() {
    }

    /** The field type (/FT), inherited from the parents when the dictionary has none. */
    static PdfName fieldType(PdfDictionary field) {
        PdfObject type = inherited(field, PdfName.FT);
        return type instanceof PdfName name ? name : null;
    }

    static boolean isSignatureField(PdfDictionary field) {
        return PdfName.Sig.equals(fieldType(field));
    }

    /** A signature field that holds no value: prepared for someone to sign later. */
    static boolean isEmptySignatureField(PdfObject object) {
        return object instanceof PdfDictionary field && isSignatureField(field) && value(field) == null;
    }

    /** The field's value (/V), inherited like the type; for a signature field, the signature dictionary. */
    static PdfObject value(PdfDictionary field) {
        return inherited(field, PdfName.V);
    }

    /**
     * Which object holds the signature: the number of the signature dictionary, or of the field
     * when the dictionary is written inside it; -1 when the field holds no value. Two readings of
     * the same file give the same number, so a signature checked in one revision is recognised in another.
     */
    static int valueNumber(PdfDictionary field) {
        int depth = 0;
        for (PdfDictionary node = field; node != null && depth++ < MAX_DEPTH; node = node.getAsDictionary(PdfName.Parent)) {
            PdfObject value = node.get(PdfName.V, false);
            if (value != null && !value.isNull()) {
                if (value.isIndirectReference()) {
                    return ((PdfIndirectReference) value).getObjNumber();
                }
                return node.getIndirectReference() == null ? -1 : node.getIndirectReference().getObjNumber();
            }
        }
        return -1;
    }

    /** The field's full name ("parent.child"), as viewers show it; "(unnamed)" when it has none. */
    static String name(PdfDictionary field) {
        Deque<String> parts = new ArrayDeque<>();
        int depth = 0;
        for (PdfDictionary node = field; node != null && depth < MAX_DEPTH; node = node.getAsDictionary(PdfName.Parent)) {
            PdfString part = node.getAsString(PdfName.T);
            if (part != null) {
                parts.addFirst(part.toUnicodeString());
            }
            depth++;
        }
        return parts.isEmpty() ? "(unnamed)" : String.join(".", parts);
    }

    private static PdfObject inherited(PdfDictionary field, PdfName key) {
        int depth = 0;
        for (PdfDictionary node = field; node != null && depth < MAX_DEPTH; node = node.getAsDictionary(PdfName.Parent)) {
            PdfObject value = node.get(key);
            // A key whose value is null counts as absent (ISO 32000-2, 7.3.9).
            if (value != null && !value.isNull()) {
                return value;
            }
            depth++;
        }
        return null;
    }
}
