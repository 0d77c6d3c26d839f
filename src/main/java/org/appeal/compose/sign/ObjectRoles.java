package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;

import java.util.HashMap;
import java.util.Map;

/**
 * What each object of a revision is for (the catalog, page 2, the content of page 1, font /F1,
 * the appearance of a signature field, …), learned by walking the document from its catalog.
 * The comparison asks it which changes a role allows and how to name an object in a message.
 */
final class ObjectRoles {
    enum Kind {
        CATALOG, FORM, FIELDS, PAGE, ANNOTS, INFO, METADATA, DSS, EXTENSIONS,
        // The roles below only name objects in messages: any change to them is reported.
        PAGE_TREE, CONTENT, RESOURCES, FONT, XOBJECT, ANNOTATION, APPEARANCE, FIELD, SIGNATURE_VALUE, CATALOG_ENTRY
    }

    /**
     * @param page  the page it belongs to, counted from 1, or 0
     * @param label a name for messages: a resource name, an annotation's description, a catalog key
     * @param owner for an appearance, the number of the annotation it belongs to; else 0
     */
    record Role(Kind kind, int page, String label, int owner) {
    }

    // A hostile file can nest fields, kids or page-tree nodes in a loop; real files stay far below.
    private static final int MAX_DEPTH = 32;

    private final Map<Integer, Role> roles = new HashMap<>();

    ObjectRoles(PdfDocument document) {
        PdfDictionary catalog = document.getCatalog().getPdfObject();
        remember(catalog, new Role(Kind.CATALOG, 0, null, 0));
        reference(document.getTrailer().get(PdfName.Info, false), new Role(Kind.INFO, 0, null, 0));
        reference(catalog.get(PdfName.Metadata, false), new Role(Kind.METADATA, 0, null, 0));
        reference(catalog.get(PdfName.Extensions, false), new Role(Kind.EXTENSIONS, 0, null, 0));
        reference(catalog.get(PdfName.DSS, false), new Role(Kind.DSS, 0, null, 0));
        PdfDictionary store = catalog.getAsDictionary(PdfName.DSS);
        if (store != null) {
            store.keySet().forEach(key -> reference(store.get(key, false), new Role(Kind.DSS, 0, null, 0)));
        }
        reference(catalog.get(PdfName.AcroForm, false), new Role(Kind.FORM, 0, null, 0));
        PdfDictionary form = catalog.getAsDictionary(PdfName.AcroForm);
        if (form != null) {
            reference(form.get(PdfName.Fields, false), new Role(Kind.FIELDS, 0, null, 0));
        }
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            page(page, document.getPage(page).getPdfObject());
        }
        pageTree(catalog.getAsDictionary(PdfName.Pages), 0);
        if (form != null && form.getAsArray(PdfName.Fields) != null) {
            fields(form.getAsArray(PdfName.Fields), 0);
        }
        for (PdfName key : catalog.keySet()) {
            reference(catalog.get(key, false), new Role(Kind.CATALOG_ENTRY, 0, key.getValue(), 0));
        }
    }

    Role of(int number) {
        return roles.get(number);
    }

    /** A name for the object in a sentence: "the content of page 1", "font /F1 of page 2", "object 12 (Annot Square)". */
    String describe(int number, PdfObject object) {
        Role role = roles.get(number);
        if (role != null) {
            String described = describe(role);
            if (described != null) {
                return described;
            }
        }
        return "object " + number + kind(object);
    }

    private static String describe(Role role) {
        return switch (role.kind()) {
            case CATALOG -> "the document catalog";
            case FORM -> "the form";
            case FIELDS -> "the form's field list";
            case PAGE -> "page " + role.page();
            case ANNOTS -> "the annotation list of page " + role.page();
            case INFO -> "the document information";
            case METADATA -> "the XMP metadata";
            case PAGE_TREE -> "the page tree";
            case CONTENT -> "the content of page " + role.page();
            case RESOURCES -> "the resources of page " + role.page();
            case FONT -> "font " + role.label() + " of page " + role.page();
            case XOBJECT -> role.label() + " of page " + role.page();
            case ANNOTATION -> role.label();
            case APPEARANCE -> "the appearance of " + role.label();
            case FIELD -> "form field '" + role.label() + "'";
            case SIGNATURE_VALUE -> "the signature value of field '" + role.label() + "'";
            case CATALOG_ENTRY -> "the document's /" + role.label();
            case DSS, EXTENSIONS -> null;
        };
    }

    /** How an annotation is named: "signature field 'Signature1' on page 2", "the Square annotation on page 1". */
    static String annotation(PdfDictionary annotation, int page) {
        String where = page > 0 ? " on page " + page : "";
        if (PdfName.Widget.equals(annotation.getAsName(PdfName.Subtype)) && SignatureFields.fieldType(annotation) != null) {
            String kind = SignatureFields.isSignatureField(annotation) ? "signature field" : "form field";
            return kind + " '" + SignatureFields.name(annotation) + "'" + where;
        }
        PdfName subtype = annotation.getAsName(PdfName.Subtype);
        return "the " + (subtype == null ? "untyped" : subtype.getValue()) + " annotation" + where;
    }

    private void page(int page, PdfDictionary dictionary) {
        remember(dictionary, new Role(Kind.PAGE, page, null, 0));
        PdfObject annots = dictionary.get(PdfName.Annots, false);
        reference(annots, new Role(Kind.ANNOTS, page, null, 0));
        PdfObject contents = dictionary.get(PdfName.Contents, false);
        reference(contents, new Role(Kind.CONTENT, page, null, 0));
        if (dictionary.getAsArray(PdfName.Contents) != null) {
            PdfArray parts = dictionary.getAsArray(PdfName.Contents);
            for (int i = 0; i < parts.size(); i++) {
                reference(parts.get(i, false), new Role(Kind.CONTENT, page, null, 0));
            }
        }
        reference(dictionary.get(PdfName.Resources, false), new Role(Kind.RESOURCES, page, null, 0));
        PdfDictionary resources = dictionary.getAsDictionary(PdfName.Resources);
        if (resources != null) {
            resources(page, resources);
        }
        PdfArray list = dictionary.getAsArray(PdfName.Annots);
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i, false).isIndirectReference() && list.get(i) instanceof PdfDictionary annotation) {
                    annotation(page, (PdfIndirectReference) list.get(i, false), annotation);
                }
            }
        }
    }

    private void resources(int page, PdfDictionary resources) {
        PdfDictionary fonts = resources.getAsDictionary(PdfName.Font);
        if (fonts != null) {
            reference(resources.get(PdfName.Font, false), new Role(Kind.RESOURCES, page, null, 0));
            for (PdfName name : fonts.keySet()) {
                reference(fonts.get(name, false), new Role(Kind.FONT, page, "/" + name.getValue(), 0));
            }
        }
        PdfDictionary xobjects = resources.getAsDictionary(PdfName.XObject);
        if (xobjects != null) {
            reference(resources.get(PdfName.XObject, false), new Role(Kind.RESOURCES, page, null, 0));
            for (PdfName name : xobjects.keySet()) {
                boolean image = xobjects.get(name) instanceof PdfStream s && PdfName.Image.equals(s.getAsName(PdfName.Subtype));
                String label = (image ? "image /" : "drawing (form XObject) /") + name.getValue();
                reference(xobjects.get(name, false), new Role(Kind.XOBJECT, page, label, 0));
            }
        }
        for (PdfName key : new PdfName[] {PdfName.ExtGState, PdfName.ColorSpace, PdfName.Pattern, PdfName.Shading,
                PdfName.Properties}) {
            reference(resources.get(key, false), new Role(Kind.RESOURCES, page, null, 0));
        }
    }

    private void annotation(int page, PdfIndirectReference reference, PdfDictionary annotation) {
        String label = annotation(annotation, page);
        int number = reference.getObjNumber();
        roles.putIfAbsent(number, new Role(Kind.ANNOTATION, page, label, 0));
        PdfDictionary appearances = annotation.getAsDictionary(PdfName.AP);
        if (appearances == null) {
            return;
        }
        reference(annotation.get(PdfName.AP, false), new Role(Kind.APPEARANCE, page, label, number));
        for (PdfName state : new PdfName[] {PdfName.N, PdfName.R, PdfName.D}) {
            PdfObject appearance = appearances.get(state, false);
            reference(appearance, new Role(Kind.APPEARANCE, page, label, number));
            if (appearances.get(state) instanceof PdfDictionary states && !(states instanceof PdfStream)) {
                states.keySet().forEach(key -> reference(states.get(key, false), new Role(Kind.APPEARANCE, page, label, number)));
            }
        }
    }

    private void pageTree(PdfDictionary node, int depth) {
        if (node == null || depth > MAX_DEPTH || !PdfName.Pages.equals(node.getAsName(PdfName.Type))) {
            return;
        }
        remember(node, new Role(Kind.PAGE_TREE, 0, null, 0));
        PdfArray kids = node.getAsArray(PdfName.Kids);
        if (kids != null) {
            reference(node.get(PdfName.Kids, false), new Role(Kind.PAGE_TREE, 0, null, 0));
            for (int i = 0; i < kids.size(); i++) {
                pageTree(kids.getAsDictionary(i), depth + 1);
            }
        }
    }

    private void fields(PdfArray fields, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            PdfDictionary field = fields.getAsDictionary(i);
            if (field == null) {
                continue;
            }
            String name = SignatureFields.name(field);
            remember(field, new Role(Kind.FIELD, 0, name, 0));
            if (SignatureFields.isSignatureField(field)) {
                reference(field.get(PdfName.V, false), new Role(Kind.SIGNATURE_VALUE, 0, name, 0));
            }
            PdfArray kids = field.getAsArray(PdfName.Kids);
            if (kids != null) {
                fields(kids, depth + 1);
            }
        }
    }

    private void remember(PdfObject object, Role role) {
        if (object != null && object.getIndirectReference() != null) {
            roles.putIfAbsent(object.getIndirectReference().getObjNumber(), role);
        }
    }

    private void reference(PdfObject value, Role role) {
        if (value != null && value.isIndirectReference()) {
            roles.putIfAbsent(((PdfIndirectReference) value).getObjNumber(), role);
        }
    }

    private static String kind(PdfObject object) {
        if (object instanceof PdfDictionary dictionary) {
            PdfName type = dictionary.getAsName(PdfName.Type);
            PdfName subtype = dictionary.getAsName(PdfName.Subtype);
            if (type != null || subtype != null) {
                return " (" + (type != null ? type.getValue() : "") + (type != null && subtype != null ? " " : "")
                        + (subtype != null ? subtype.getValue() : "") + ")";
            }
            if (object instanceof PdfStream) {
                return " (a stream)";
            }
        }
        return "";
    }
}
