package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether one incremental update did nothing but add signatures. Every object the update
 * wrote is compared with the object of the same number before it, against an allow-list of what
 * a signature needs:
 * <ul>
 *   <li>the trailer: the same catalog, the same encryption, document information changed only in
 *       its modification date and producer;</li>
 *   <li>the catalog: only {@code /AcroForm}, {@code /DSS} (validation data), {@code /Extensions}, {@code /Perms};</li>
 *   <li>the form: only {@code /SigFlags} and new entries in {@code /Fields};</li>
 *   <li>a page: only new entries in {@code /Annots};</li>
 *   <li>an empty signature field: its value, appearance, page, lock and "locked" flag filled in;</li>
 *   <li>XMP metadata: only the modification date and producer; the DSS: anything (it draws nothing);</li>
 *   <li>the structure tree: new entries for a tagged signature widget.</li>
 * </ul>
 * Every field and annotation the update added, and every empty field it filled, is then judged by
 * {@link WidgetCheck}: only a valid signature of this revision, drawn inside its own box, passes.
 * A new object needs an old one changed to point at it before anyone sees it, so old objects and
 * what they newly point at decide. Anything else is described in a sentence.
 */
final class RevisionComparison {
    private static final Set<PdfName> CATALOG_ALLOWED = Set.of(PdfName.AcroForm, PdfName.DSS, PdfName.Extensions,
            PdfName.Perms);
    private static final Set<PdfName> FORM_ALLOWED = Set.of(PdfName.Fields, PdfName.SigFlags);
    private static final Set<PdfName> PAGE_ALLOWED = Set.of(PdfName.Annots);
    private static final Set<PdfName> INFO_ALLOWED = Set.of(PdfName.ModDate, PdfName.Producer);
    private static final Set<PdfName> FILLED_FIELD_ALLOWED = Set.of(PdfName.V, PdfName.AP, PdfName.P, PdfName.F,
            PdfName.Lock);
    private static final Set<PdfName> FILLED_WIDGET_ALLOWED = Set.of(PdfName.AP, PdfName.P, PdfName.F);

    /** Something the update added to a page's annotations or to the form's fields, judged at the end. */
    private record Added(PdfObject value, int number, int page, boolean field) {
    }

    private final PdfDocument before;
    private final PdfDocument after;
    private final Set<Integer> signatures;
    private final ObjectRoles roles;
    private final List<String> changes = new ArrayList<>();
    private final List<Added> added = new ArrayList<>();
    private final WidgetCheck widgets;

    /**
     * @param signatures the values ({@link SignatureFields#valueNumber}) of the valid signatures
     *                   whose signed bytes end with this update
     */
    RevisionComparison(PdfDocument before, PdfDocument after, Set<Integer> signatures) {
        this.before = before;
        this.after = after;
        this.signatures = signatures;
        this.roles = new ObjectRoles(before);
        this.widgets = new WidgetCheck(before, signatures);
    }

    /** What the update that turned {@code before} into {@code after} changed beyond adding signatures. */
    List<String> changesBeyondSignatures(Set<PdfIndirectReference> written) {
        trailer();
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
                changes.add(roles.describe(number, old) + " was deleted");
            } else if (!PdfObjects.same(old, now)) {
                check(number, old, now);
            }
        }
        judgeAdded();
        return List.copyOf(new LinkedHashSet<>(changes));
    }

    private void trailer() {
        PdfDictionary old = before.getTrailer();
        PdfDictionary now = after.getTrailer();
        int oldRoot = number(old.get(PdfName.Root, false));
        int newRoot = number(now.get(PdfName.Root, false));
        if (oldRoot != newRoot) {
            changes.add("the trailer points to another document catalog (object " + newRoot + " instead of " + oldRoot + ")");
        }
        if (!PdfObjects.same(old.get(PdfName.Encrypt, false), now.get(PdfName.Encrypt, false))) {
            changes.add("the trailer changes the file's encryption");
        }
        PdfObject oldInfo = old.get(PdfName.Info, false);
        PdfObject newInfo = now.get(PdfName.Info, false);
        if (number(oldInfo) != number(newInfo) && !PdfObjects.same(oldInfo, newInfo)) {
            PdfDictionary oldDictionary = old.getAsDictionary(PdfName.Info);
            PdfDictionary newDictionary = now.getAsDictionary(PdfName.Info);
            onlyKeys("the document information", oldDictionary == null ? new PdfDictionary() : oldDictionary,
                    newDictionary == null ? new PdfDictionary() : newDictionary, INFO_ALLOWED);
        }
    }

    private void check(int number, PdfObject old, PdfObject now) {
        if (SignatureFields.isEmptySignatureField(old) && now instanceof PdfDictionary field) {
            filled(number, (PdfDictionary) old, field, FILLED_FIELD_ALLOWED);
            return;
        }
        if (isWidgetOfEmptySignatureField(old) && now instanceof PdfDictionary widget) {
            filled(number, (PdfDictionary) old, widget, FILLED_WIDGET_ALLOWED);
            return;
        }
        ObjectRoles.Role role = roles.of(number);
        if ((role == null || role.kind() == ObjectRoles.Kind.CATALOG_ENTRY) && StructureChanges.isStructure(old)
                && now instanceof PdfDictionary structure) {
            StructureChanges.between(roles.describe(number, old), (PdfDictionary) old, structure, changes);
            return;
        }
        if (role == null) {
            changes.add(roles.describe(number, old) + " changed");
            return;
        }
        switch (role.kind()) {
            case CATALOG -> catalog((PdfDictionary) old, asDictionary(now));
            case FORM -> form((PdfDictionary) old, asDictionary(now));
            case FIELDS -> addedEntries("the form's field list", (PdfArray) old, now, 0, true);
            case PAGE -> page(role.page(), (PdfDictionary) old, asDictionary(now));
            case ANNOTS -> addedEntries("the annotation list of page " + role.page(), (PdfArray) old, now, role.page(), false);
            case INFO -> onlyKeys("the document information", (PdfDictionary) old, asDictionary(now), INFO_ALLOWED);
            case METADATA -> {
                String change = old instanceof PdfStream stream ? MetadataChanges.between(stream, now)
                        : roles.describe(number, old) + " changed";
                if (change != null) {
                    changes.add(change);
                }
            }
            case APPEARANCE -> {
                // The appearance of a field prepared for signing is the signer's to fill; judge the field.
                if (SignatureFields.isEmptySignatureField(object(before, role.owner()))) {
                    added.add(new Added(object(after, role.owner()), role.owner(), role.page(), false));
                } else {
                    changes.add(roles.describe(number, old) + " changed");
                }
            }
            case DSS, EXTENSIONS -> {
                // Validation data and extension levels say nothing about the document's content.
            }
            default -> changes.add(roles.describe(number, old) + " changed");
        }
    }

    /** An empty signature field (or its widget) being signed: only the keys signing sets, then judged as a signature. */
    private void filled(int number, PdfDictionary old, PdfDictionary now, Set<PdfName> allowed) {
        String what = roles.describe(number, old);
        onlyKeys(what, old, now, allowed);
        int oldFlags = flags(old);
        int newFlags = flags(now);
        // Signing locks the field; any other flag (hidden, no-view, print) is not the signer's to change.
        if ((newFlags & ~PdfAnnotation.LOCKED) != (oldFlags & ~PdfAnnotation.LOCKED)) {
            changes.add(what + " changed its flags (/F " + oldFlags + " to " + newFlags + ")");
        }
        ObjectRoles.Role role = roles.of(number);
        // A field with its widgets as kids is judged as a field: its value, then each widget.
        boolean widget = PdfName.Widget.equals(now.getAsName(PdfName.Subtype));
        added.add(new Added(now, number, role == null ? 0 : role.page(), !widget));
    }

    private static boolean isWidgetOfEmptySignatureField(PdfObject object) {
        return object instanceof PdfDictionary widget && PdfName.Widget.equals(widget.getAsName(PdfName.Subtype))
                && !widget.containsKey(PdfName.FT) && widget.getAsDictionary(PdfName.Parent) != null
                && SignatureFields.isEmptySignatureField(widget.getAsDictionary(PdfName.Parent));
    }

    private void catalog(PdfDictionary old, PdfDictionary now) {
        if (now == null) {
            changes.add("the document catalog was replaced");
            return;
        }
        onlyKeys("the document catalog", old, now, CATALOG_ALLOWED);
        PdfObject oldForm = old.get(PdfName.AcroForm, false);
        PdfObject newForm = now.get(PdfName.AcroForm, false);
        if (PdfObjects.same(oldForm, newForm)) {
            return;
        }
        if (oldForm != null && oldForm.isIndirectReference()) {
            changes.add("the document catalog points to another form");
        } else if (newForm != null) {
            PdfDictionary oldDictionary = oldForm == null ? new PdfDictionary() : old.getAsDictionary(PdfName.AcroForm);
            form(oldDictionary, now.getAsDictionary(PdfName.AcroForm));
        } else {
            changes.add("the form was removed");
        }
    }

    private void form(PdfDictionary old, PdfDictionary now) {
        if (old == null || now == null) {
            changes.add("the form was replaced");
            return;
        }
        onlyKeys("the form", old, now, FORM_ALLOWED);
        PdfObject oldFields = old.get(PdfName.Fields, false);
        PdfObject newFields = now.get(PdfName.Fields, false);
        if (PdfObjects.same(oldFields, newFields)) {
            return;
        }
        PdfArray oldList = old.getAsArray(PdfName.Fields);
        addedEntries("the form's field list", oldList == null ? new PdfArray() : oldList, newFields, 0, true);
    }

    private void page(int page, PdfDictionary old, PdfDictionary now) {
        if (now == null) {
            changes.add("page " + page + " was replaced");
            return;
        }
        onlyKeys("page " + page, old, now, PAGE_ALLOWED);
        PdfObject oldAnnots = old.get(PdfName.Annots, false);
        PdfObject newAnnots = now.get(PdfName.Annots, false);
        if (PdfObjects.same(oldAnnots, newAnnots)) {
            return;
        }
        PdfArray oldList = old.getAsArray(PdfName.Annots);
        addedEntries("the annotation list of page " + page, oldList == null ? new PdfArray() : oldList, newAnnots, page, false);
    }

    /** {@code now} must keep every entry of {@code old}; what it holds besides is judged at the end. */
    private void addedEntries(String what, PdfArray old, PdfObject now, int page, boolean fields) {
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
            PdfObject match = remaining.stream().filter(candidate -> PdfObjects.same(candidate, entry)).findFirst().orElse(null);
            if (match == null) {
                changes.add(what + ": an entry was removed or replaced");
                return;
            }
            remaining.remove(match);
        }
        for (PdfObject entry : remaining) {
            PdfObject value = entry.isIndirectReference() ? ((PdfIndirectReference) entry).getRefersTo() : entry;
            added.add(new Added(value, number(entry), page, fields));
        }
    }

    /** Every added annotation and field, judged once each (a signature's widget is usually both). */
    private void judgeAdded() {
        Set<Integer> judged = new HashSet<>();
        List<Added> annotationsFirst = new ArrayList<>(added);
        // Annotations know their page; judge them before the fields that are the same objects.
        annotationsFirst.sort(Comparator.comparing(Added::field));
        for (Added entry : annotationsFirst) {
            int number = entry.number();
            if (number > 0 && !judged.add(number)) {
                continue;
            }
            if (!(entry.value() instanceof PdfDictionary dictionary)) {
                changes.add(entry.field() ? "something that is not a form field was added to the form"
                        : "something that is not an annotation was added to page " + entry.page());
            } else if (entry.field()) {
                field(dictionary, number, judged, 0);
            } else {
                changes.addAll(widgets.judge(dictionary, entry.page(), number));
            }
        }
    }

    private void field(PdfDictionary field, int number, Set<Integer> judged, int depth) {
        if (!SignatureFields.isSignatureField(field)) {
            changes.add("form field '" + SignatureFields.name(field) + "' was added, and it is not a signature field");
            return;
        }
        PdfArray kids = field.getAsArray(PdfName.Kids);
        if (kids == null || depth > 8) {
            if (PdfName.Widget.equals(field.getAsName(PdfName.Subtype))) {
                changes.addAll(widgets.judge(field, pageOf(field), number));
            } else if (SignatureFields.value(field) != null
                    && !signatures.contains(SignatureFields.valueNumber(field))) {
                changes.add("signature field '" + SignatureFields.name(field)
                        + "' holds a value that is not a valid signature made in this revision");
            }
            return;
        }
        for (int i = 0; i < kids.size(); i++) {
            int kidNumber = number(kids.get(i, false));
            PdfDictionary kid = kids.getAsDictionary(i);
            if (kid == null || kidNumber > 0 && !judged.add(kidNumber)) {
                continue;
            }
            field(kid, kidNumber, judged, depth + 1);
        }
    }

    private int pageOf(PdfDictionary widget) {
        PdfDictionary page = widget.getAsDictionary(PdfName.P);
        return page == null ? 0 : Math.max(0, after.getPageNumber(page));
    }

    private void onlyKeys(String what, PdfDictionary old, PdfDictionary now, Set<PdfName> allowed) {
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

    private static int flags(PdfDictionary annotation) {
        PdfNumber flags = annotation.getAsNumber(PdfName.F);
        return flags == null ? 0 : flags.intValue();
    }

    private static int number(PdfObject object) {
        return object instanceof PdfIndirectReference reference ? reference.getObjNumber() : -1;
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
