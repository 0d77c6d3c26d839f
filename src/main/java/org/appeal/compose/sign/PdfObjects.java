package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares PDF objects by what they say, not by identity: two revisions hold separate copies of
 * an object, and an update may write an object again without changing it. References are
 * compared by object number, never followed, so each object is judged on its own.
 */
final class PdfObjects {
    private PdfObjects() {
    }

    static boolean same(PdfObject a, PdfObject b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a.isIndirectReference() || b.isIndirectReference()) {
            return a.isIndirectReference() && b.isIndirectReference() && sameReference(
                    (PdfIndirectReference) a, (PdfIndirectReference) b);
        }
        if (a.getType() != b.getType()) {
            return false;
        }
        return switch (a.getType()) {
            case PdfObject.STREAM -> sameStream((PdfStream) a, (PdfStream) b);
            case PdfObject.DICTIONARY -> changedKeys((PdfDictionary) a, (PdfDictionary) b).isEmpty();
            case PdfObject.ARRAY -> sameArray((PdfArray) a, (PdfArray) b);
            case PdfObject.NUMBER -> ((PdfNumber) a).getValue() == ((PdfNumber) b).getValue();
            case PdfObject.STRING -> Arrays.equals(((PdfString) a).getValueBytes(), ((PdfString) b).getValueBytes());
            default -> a.equals(b) || a.toString().equals(b.toString());
        };
    }

    /** The keys whose values differ, including keys only one of the two has. */
    static Set<PdfName> changedKeys(PdfDictionary a, PdfDictionary b) {
        Set<PdfName> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        keys.removeIf(key -> same(a.get(key, false), b.get(key, false)));
        return keys;
    }

    private static boolean sameStream(PdfStream a, PdfStream b) {
        Set<PdfName> changed = changedKeys(a, b);
        // The length may be written as another object; the bytes themselves decide.
        changed.remove(PdfName.Length);
        return changed.isEmpty() && Arrays.equals(a.getBytes(false), b.getBytes(false));
    }

    private static boolean sameArray(PdfArray a, PdfArray b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i, false), b.get(i, false))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameReference(PdfIndirectReference a, PdfIndirectReference b) {
        return a.getObjNumber() == b.getObjNumber() && a.getGenNumber() == b.getGenNumber();
    }
}
