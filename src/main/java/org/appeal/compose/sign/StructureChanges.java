package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tagged (PDF/A-2A) letter tags each new signature widget: the structure tree gains an entry
 * for it. Structure is for screen readers and draws nothing on a page, so the tree may grow, but
 * what it held must stay.
 */
final class StructureChanges {
    private static final Set<PdfName> ROOT_ALLOWED = Set.of(PdfName.K, PdfName.ParentTree, PdfName.ParentTreeNextKey);
    private static final Set<PdfName> ELEMENT_ALLOWED = Set.of(PdfName.K);

    private StructureChanges() {
    }

    static boolean isStructure(PdfObject object) {
        return object instanceof PdfDictionary d && (PdfName.StructTreeRoot.equals(d.getAsName(PdfName.Type))
                || PdfName.StructElem.equals(d.getAsName(PdfName.Type))
                || d.containsKey(PdfName.S) && d.containsKey(PdfName.P));
    }

    /** Adds to {@code changes} what changed in a structure object beyond new kids. */
    static void between(String what, PdfDictionary old, PdfDictionary now, List<String> changes) {
        boolean root = PdfName.StructTreeRoot.equals(old.getAsName(PdfName.Type));
        Set<PdfName> changed = PdfObjects.changedKeys(old, now);
        changed.removeAll(root ? ROOT_ALLOWED : ELEMENT_ALLOWED);
        if (!changed.isEmpty()) {
            changes.add((root ? "the structure tree" : what) + " changed ("
                    + changed.stream().map(PdfName::toString).collect(Collectors.joining(", ")) + ")");
        }
        if (!root && !kids(now.get(PdfName.K, false)).containsAll(kids(old.get(PdfName.K, false)))) {
            changes.add(what + " lost some of its contents");
        }
    }

    private static List<String> kids(PdfObject k) {
        List<String> kids = new ArrayList<>();
        if (k instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                kids.add(String.valueOf(array.get(i, false)));
            }
        } else if (k != null) {
            kids.add(String.valueOf(k));
        }
        return kids;
    }
}
