package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPIterator;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.kernel.xmp.properties.XMPPropertyInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Decides whether one incremental update did nothing but add signatures. Every object the update
 * wrote is compared with the object of the same number before it; an object that is new cannot
 * change what an earlier signature covers unless an old object is changed to point at it, so the
 * old objects decide. The changes a signature needs are allowed, narrowly:
 * <ul>
 *   <li>catalog: only {@code /AcroForm}, {@code /DSS} (validation data) and {@code /Extensions};</li>
 *   <li>the form and its {@code /Fields}: new signature fields added, {@code /SigFlags};</li>
 *   <li>a page and its {@code /Annots}: new signature widgets added, nothing else on the page;</li>
 *   <li>an empty signature field: its value and appearance filled in;</li>
 *   <li>document information and XMP metadata: only the modification date and producer;</li>
 *   <li>the DSS dictionary and its arrays (certificates, OCSP responses, CRLs).</li>
 * </ul>
 * Anything else (page content, fonts, resources, a deleted object, a new non-signature annotation)
 * is a change beyond signatures and is described in a sentence.
 */
final class RevisionComparison {
    private static final Set<PdfName> CATALOG_ALLOWED = Set.of(PdfName.AcroForm, PdfName.DSS, PdfName.Extensions);
    private static final Set<PdfName> FORM_ALLOWED = Set.of(PdfName.Fields, PdfName.SigFlags);
    private static final Set<PdfName> PAGE_ALLOWED = Set.of(PdfName.Annots);
    private static final Set<PdfName> INFO_ALLOWED = Set.of(PdfName.ModDate, PdfName.Producer);
    private static final Set<PdfName> EMPTY_FIELD_ALLOWED = Set.of(PdfName.V, PdfName.AP);
    private static final Set<PdfName> STRUCT_ROOT_ALLOWED = Set.of(PdfName.K, PdfName.ParentTree, PdfName.ParentTreeNextKey);
    private static final String NS_XMP = "http://ns.adobe.com/xap/1.0/";
    private static final String NS_PDF = "http://ns.adobe.com/pdf/1.3/";

    private enum Role { CATALOG, FORM, FIELDS, PAGE, ANNOTS, INFO, METADATA, DSS, EXTENSIONS }

    private record Known(Role role, int page) {
    }

    private final PdfDocument before;
    private final PdfDocument after;
    private final Map<Integer, Known> known = new HashMap<>();

    RevisionComparison(PdfDocument before, PdfDocument after) {
        this.before = before;
        this.after = after;
        learnRoles();
    }

    /** What the update that turned {@code before} into {@code after} changed beyond adding signatures. */
    List<String> changesBeyondSignatures(Set<PdfIndirectReference> written) {
        List<String> changes = new ArrayList<>();
        List<PdfIndirectReference> sorted = new ArrayList<>(written);
        sorted.sort(Comparator.comparingInt(PdfIndirectReference::getObjNumber));
        for (PdfIndirectReference reference : sorted) {
            int number = reference.getObjNumber();
            PdfObject old = object(before, number);
            if (old == null) {
                continue;
            }
            PdfObject now = reference.isFree() ? null : object(after, number);
            if (now == null) {
                changes.add(describe(number, old) + " was deleted");
            } else if (!PdfObjects.same(old, now)) {
                check(number, old, now, changes);
            }
        }
        return changes;
    }

    private void check(int number, PdfObject old, PdfObject now, List<String> changes) {
        Known role = known.get(number);
        if (role == null) {
            if (isStructTreeRoot(old) && now.isDictionary()) {
                // A tagged (PDF/A-2A) letter tags the new signature widget: the structure tree gains
                // an entry for it. Structure is for screen readers; it draws nothing on a page.
                onlyKeys(changes, "the structure tree", (PdfDictionary) old, (PdfDictionary) now, STRUCT_ROOT_ALLOWED);
            } else if (isStructElement(old) && now.isDictionary()) {
                structElement(number, (PdfDictionary) old, (PdfDictionary) now, changes);
            } else if (isEmptySignatureField(old) && now.isDictionary()) {
                onlyKeys(changes, "signature field " + fieldName((PdfDictionary) old), (PdfDictionary) old,
                        (PdfDictionary) now, EMPTY_FIELD_ALLOWED);
            } else {
                changes.add(describe(number, old) + " changed");
            }
            return;
        }
        switch (role.role()) {
            case CATALOG -> catalog((PdfDictionary) old, asDictionary(now), changes);
            case FORM -> form((PdfDictionary) old, asDictionary(now), changes);
            case FIELDS -> onlyAdded(changes, "the form's field list", (PdfArray) old, now, this::isSignatureField);
            case PAGE -> page(role.page(), (PdfDictionary) old, asDictionary(now), changes);
            case ANNOTS -> onlyAdded(changes, "the annotations of page " + role.page(), (PdfArray) old, now,
                    this::isSignatureWidget);
            case INFO -> onlyKeys(changes, "the document information", (PdfDictionary) old, asDictionary(now),
                    INFO_ALLOWED);
            case METADATA -> {
                if (old instanceof PdfStream stream) {
                    metadata(stream, now, changes);
                } else {
                    changes.add(describe(number, old) + " changed");
                }
            }
            case DSS, EXTENSIONS -> {
                // Validation data and extension levels say nothing about the document's content.
            }
        }
    }

    private void catalog(PdfDictionary old, PdfDictionary now, List<String> changes) {
        if (now == null) {
            changes.add("the document catalog was replaced");
            return;
        }
        onlyKeys(changes, "the document catalog", old, now, CATALOG_ALLOWED);
        PdfObject oldForm = old.get(PdfName.AcroForm, false);
        PdfObject newForm = now.get(PdfName.AcroForm, false);
        if (oldForm != null && !PdfObjects.same(oldForm, newForm)) {
            if (oldForm.isIndirectReference() || newForm == null || newForm.isIndirectReference()) {
                changes.add("the document catalog points to another form");
            } else {
                form((PdfDictionary) oldForm, (PdfDictionary) newForm, changes);
            }
        }
    }

    private void form(PdfDictionary old, PdfDictionary now, List<String> changes) {
        if (now == null) {
            changes.add("the form was replaced");
            return;
        }
        onlyKeys(changes, "the form", old, now, FORM_ALLOWED);
        PdfObject oldFields = old.get(PdfName.Fields, false);
        PdfObject newFields = now.get(PdfName.Fields, false);
        if (oldFields instanceof PdfArray oldArray && !PdfObjects.same(oldFields, newFields)) {
            onlyAdded(changes, "the form's field list", oldArray, newFields, this::isSignatureField);
        } else if (oldFields != null && !PdfObjects.same(oldFields, newFields)) {
            changes.add("the form points to another field list");
        }
    }

    private void page(int page, PdfDictionary old, PdfDictionary now, List<String> changes) {
        if (now == null) {
            changes.add("page " + page + " was replaced");
            return;
        }
        onlyKeys(changes, "page " + page, old, now, PAGE_ALLOWED);
        PdfObject oldAnnots = old.get(PdfName.Annots, false);
        PdfObject newAnnots = now.get(PdfName.Annots, false);
        if (PdfObjects.same(oldAnnots, newAnnots)) {
            return;
        }
        if (oldAnnots == null || oldAnnots instanceof PdfArray) {
            onlyAdded(changes, "the annotations of page " + page, oldAnnots == null ? new PdfArray() : (PdfArray) oldAnnots,
                    newAnnots, this::isSignatureWidget);
        } else {
            // An indirect annotation list moved to another object: compare the lists themselves.
            PdfArray oldList = before.getPdfObject(((PdfIndirectReference) oldAnnots).getObjNumber()) instanceof PdfArray a
                    ? a : new PdfArray();
            onlyAdded(changes, "the annotations of page " + page, oldList, newAnnots, this::isSignatureWidget);
        }
    }

    /** {@code now} must hold every entry of {@code old} and, besides them, only entries that pass {@code allowed}. */
    private void onlyAdded(List<String> changes, String what, PdfArray old, PdfObject now,
                           Predicate<PdfDictionary> allowed) {
        PdfObject resolved = now != null && now.isIndirectReference() ? ((PdfIndirectReference) now).getRefersTo() : now;
        if (!(resolved instanceof PdfArray list)) {
            changes.add(what + " was removed");
            return;
        }
        List<PdfObject> remaining = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            remaining.add(list.get(i, false));
        }
        for (int i = 0; i < old.size(); i++) {
            PdfObject entry = old.get(i, false);
            if (!remaining.removeIf(candidate -> PdfObjects.same(candidate, entry))) {
                changes.add(what + ": an entry was removed or replaced");
                return;
            }
        }
        for (PdfObject added : remaining) {
            PdfObject value = added.isIndirectReference() ? ((PdfIndirectReference) added).getRefersTo() : added;
            if (!(value instanceof PdfDictionary dictionary) || !allowed.test(dictionary)) {
                changes.add(what + ": something other than a signature was added");
                return;
            }
        }
    }

    private static void onlyKeys(List<String> changes, String what, PdfDictionary old, PdfDictionary now,
                                 Set<PdfName> allowed) {
        if (now == null) {
            changes.add(what + " was replaced");
            return;
        }
        Set<PdfName> changed = PdfObjects.changedKeys(old, now);
        changed.removeAll(allowed);
        if (!changed.isEmpty()) {
            changes.add(what + " changed (" + changed.stream().map(PdfName::toString).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static void metadata(PdfStream old, PdfObject now, List<String> changes) {
        if (!(now instanceof PdfStream stream)) {
            changes.add("the XMP metadata was replaced");
            return;
        }
        try {
            if (!xmpProperties(old.getBytes()).equals(xmpProperties(stream.getBytes()))) {
                changes.add("the XMP metadata changed beyond its modification date and producer");
            }
        } catch (XMPException | RuntimeException e) {
            changes.add("the XMP metadata changed and cannot be read");
        }
    }

    // Every signing tool stamps its own modification date and producer; those say nothing about content.
    private static Set<String> xmpProperties(byte[] xmp) throws XMPException {
        Set<String> properties = new TreeSet<>();
        XMPIterator iterator = XMPMetaFactory.parseFromBuffer(xmp).iterator();
        while (iterator.hasNext()) {
            XMPPropertyInfo property = (XMPPropertyInfo) iterator.next();
            String path = property.getPath() == null ? "" : property.getPath();
            String local = path.substring(path.indexOf(':') + 1);
            boolean stamp = NS_XMP.equals(property.getNamespace()) && (local.equals("ModifyDate") || local.equals("MetadataDate"))
                    || NS_PDF.equals(property.getNamespace()) && local.equals("Producer");
            if (!stamp && property.getValue() != null) {
                properties.add(property.getNamespace() + " " + path + "=" + property.getValue());
            }
        }
        return properties;
    }

    private static boolean isStructTreeRoot(PdfObject object) {
        return object instanceof PdfDictionary d && PdfName.StructTreeRoot.equals(d.getAsName(PdfName.Type));
    }

    private static boolean isStructElement(PdfObject object) {
        return object instanceof PdfDictionary d && (PdfName.StructElem.equals(d.getAsName(PdfName.Type))
                || d.containsKey(PdfName.S) && d.containsKey(PdfName.P));
    }

    /** A structure element may gain kids (the signature widget's tag); the kids it had must stay. */
    private void structElement(int number, PdfDictionary old, PdfDictionary now, List<String> changes) {
        onlyKeys(changes, describe(number, old), old, now, Set.of(PdfName.K));
        List<String> oldKids = kids(old.get(PdfName.K, false));
        List<String> newKids = kids(now.get(PdfName.K, false));
        if (!newKids.containsAll(oldKids)) {
            changes.add(describe(number, old) + " lost some of its contents");
        }
    }

    private static List<String> kids(PdfObject k) {
        List<String> kids = new java.util.ArrayList<>();
        if (k instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                kids.add(String.valueOf(array.get(i, false)));
            }
        } else if (k != null) {
            kids.add(String.valueOf(k));
        }
        return kids;
    }

    private boolean isSignatureField(PdfDictionary field) {
        return PdfName.Sig.equals(fieldType(field));
    }

    private boolean isSignatureWidget(PdfDictionary annotation) {
        return PdfName.Widget.equals(annotation.getAsName(PdfName.Subtype)) && isSignatureField(annotation);
    }

    private static PdfName fieldType(PdfDictionary field) {
        for (PdfDictionary node = field; node != null; node = node.getAsDictionary(PdfName.Parent)) {
            PdfName type = node.getAsName(PdfName.FT);
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    private static boolean isEmptySignatureField(PdfObject object) {
        return object instanceof PdfDictionary field && PdfName.Sig.equals(fieldType(field))
                && field.get(PdfName.V) == null;
    }

    private static String fieldName(PdfDictionary field) {
        return field.getAsString(PdfName.T) == null ? "(unnamed)" : field.getAsString(PdfName.T).toUnicodeString();
    }

    private void learnRoles() {
        PdfDictionary catalog = before.getCatalog().getPdfObject();
        remember(catalog, Role.CATALOG, 0);
        PdfObject info = before.getTrailer().get(PdfName.Info, false);
        if (info != null && info.isIndirectReference()) {
            known.put(((PdfIndirectReference) info).getObjNumber(), new Known(Role.INFO, 0));
        }
        rememberReference(catalog.get(PdfName.Metadata, false), Role.METADATA);
        rememberReference(catalog.get(PdfName.Extensions, false), Role.EXTENSIONS);
        PdfObject dss = catalog.get(PdfName.DSS, false);
        rememberReference(dss, Role.DSS);
        if (catalog.getAsDictionary(PdfName.DSS) != null) {
            PdfDictionary store = catalog.getAsDictionary(PdfName.DSS);
            store.keySet().forEach(key -> rememberReference(store.get(key, false), Role.DSS));
        }
        PdfObject form = catalog.get(PdfName.AcroForm, false);
        rememberReference(form, Role.FORM);
        if (catalog.getAsDictionary(PdfName.AcroForm) != null) {
            rememberReference(catalog.getAsDictionary(PdfName.AcroForm).get(PdfName.Fields, false), Role.FIELDS);
        }
        for (int page = 1; page <= before.getNumberOfPages(); page++) {
            PdfDictionary dictionary = before.getPage(page).getPdfObject();
            remember(dictionary, Role.PAGE, page);
            PdfObject annots = dictionary.get(PdfName.Annots, false);
            if (annots != null && annots.isIndirectReference()) {
                known.putIfAbsent(((PdfIndirectReference) annots).getObjNumber(), new Known(Role.ANNOTS, page));
            }
        }
    }

    private void remember(PdfObject object, Role role, int page) {
        if (object.getIndirectReference() != null) {
            known.putIfAbsent(object.getIndirectReference().getObjNumber(), new Known(role, page));
        }
    }

    private void rememberReference(PdfObject value, Role role) {
        if (value != null && value.isIndirectReference()) {
            known.putIfAbsent(((PdfIndirectReference) value).getObjNumber(), new Known(role, 0));
        }
    }

    private String describe(int number, PdfObject object) {
        Known role = known.get(number);
        if (role != null && role.role() == Role.PAGE) {
            return "page " + role.page();
        }
        String kind = "";
        if (object instanceof PdfDictionary dictionary) {
            PdfName type = dictionary.getAsName(PdfName.Type);
            PdfName subtype = dictionary.getAsName(PdfName.Subtype);
            if (type != null || subtype != null) {
                kind = " (" + (type != null ? type : "") + (type != null && subtype != null ? " " : "")
                        + (subtype != null ? subtype : "") + ")";
            } else if (object instanceof PdfStream) {
                kind = " (a stream, such as page content)";
            }
        }
        return "object " + number + kind;
    }

    private static PdfDictionary asDictionary(PdfObject object) {
        return object instanceof PdfDictionary dictionary ? dictionary : null;
    }

    private static PdfObject object(PdfDocument document, int number) {
        if (number <= 0 || number >= document.getNumberOfPdfObjects()) {
            return null;
        }
        return document.getPdfObject(number);
    }
}
