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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges an annotation that an update added to a page, or an empty signature field it filled in.
 * Only a signature may come after a signature, and only as a box of its own:
 * <ul>
 *   <li>any annotation that is not a signature widget is a change, hidden or not: flags are
 *       requests that viewers honour differently, and a signer never needs such an annotation;</li>
 *   <li>a signature widget's value must be a valid signature made in this very revision;</li>
 *   <li>its appearance must draw inside its own /BBox (viewers that do not clip would show the rest);</li>
 *   <li>a box with no size must draw nothing; a box that shows must hold a signature, and must
 *       not cover the page's text, its images or another annotation's box.</li>
 * </ul>
 */
final class WidgetCheck {
    /** Points an appearance may stray past its box: rounding, and half a hairline border. */
    private static final double SLACK = 1.0;
    /** Overlap smaller than this (points, both ways) is two boxes touching, not one covering the other. */
    private static final double TOUCH = 0.5;

    private final PdfDocument before;
    private final Set<Integer> signatures;
    private final Map<Integer, PageInk> pageInk = new HashMap<>();

    /** The marks of a page, or why they cannot be known. */
    private record PageInk(List<Ink.Mark> marks, String problem) {
    }

    /**
     * @param before     the document as the signer saw it (the revision before the update)
     * @param signatures the signature values ({@link SignatureFields#valueNumber}) that are valid
     *                   signatures made in the update being judged
     */
    WidgetCheck(PdfDocument before, Set<Integer> signatures) {
        this.before = before;
        this.signatures = signatures;
    }

    /** What is wrong with {@code annotation}, shown on {@code page} (from 1; 0 when on no page). */
    List<String> judge(PdfDictionary annotation, int page, int number) {
        String label = ObjectRoles.annotation(annotation, page);
        if (!PdfName.Widget.equals(annotation.getAsName(PdfName.Subtype)) || !SignatureFields.isSignatureField(annotation)) {
            return List.of(added(annotation, page));
        }
        List<String> problems = new ArrayList<>();
        PdfObject value = SignatureFields.value(annotation);
        boolean signed = value != null && signatures.contains(SignatureFields.valueNumber(annotation));
        if (value != null && !signed) {
            problems.add(label + " holds a value that is not a valid signature made in this revision");
        }
        boolean inks = appearances(annotation, label, problems);
        PdfArray colours = annotation.getAsDictionary(PdfName.MK) == null ? null : colours(annotation.getAsDictionary(PdfName.MK));
        boolean shows = inks || colours != null;
        Ink.Box box = box(annotation.getAsArray(PdfName.Rect));
        if (box == null || !box.hasArea()) {
            if (inks) {
                problems.add(label + " draws on the page although its box has no size");
            }
            return problems;
        }
        if (shows && value == null) {
            problems.add(label + " shows on the page but holds no signature");
        }
        if (shows && page > 0 && page <= before.getNumberOfPages()) {
            covers(box, label, page, number, problems);
        }
        return problems;
    }

    /** Checks every appearance stream; true when any of them draws something. */
    private static boolean appearances(PdfDictionary annotation, String label, List<String> problems) {
        PdfObject ap = annotation.get(PdfName.AP);
        if (ap == null) {
            return false;
        }
        if (!(ap instanceof PdfDictionary appearances) || ap instanceof PdfStream) {
            problems.add("the appearance of " + label + " cannot be read");
            return false;
        }
        boolean inks = false;
        for (PdfName state : new PdfName[] {PdfName.N, PdfName.R, PdfName.D}) {
            PdfObject entry = appearances.get(state);
            List<PdfStream> streams = new ArrayList<>();
            if (entry instanceof PdfStream stream) {
                streams.add(stream);
            } else if (entry instanceof PdfDictionary states) {
                for (PdfName key : states.keySet()) {
                    if (states.get(key) instanceof PdfStream stream) {
                        streams.add(stream);
                    } else {
                        problems.add("the appearance of " + label + " cannot be read");
                    }
                }
            } else if (entry != null) {
                problems.add("the appearance of " + label + " cannot be read");
            }
            for (PdfStream stream : streams) {
                inks |= appearance(stream, label, problems);
            }
        }
        return inks;
    }

    private static boolean appearance(PdfStream stream, String label, List<String> problems) {
        Ink.Box bbox = box(stream.getAsArray(PdfName.BBox));
        if (bbox == null) {
            problems.add("the appearance of " + label + " has no box (/BBox)");
            return true;
        }
        List<Ink.Mark> marks;
        try {
            marks = Ink.ofForm(stream);
        } catch (Ink.Unreadable e) {
            problems.add("the appearance of " + label + " cannot be read: " + e.getMessage());
            return true;
        }
        if (marks.stream().anyMatch(mark -> !mark.box().inside(bbox, SLACK))) {
            problems.add("the appearance of " + label + " draws outside its box");
        }
        return !marks.isEmpty();
    }

    private void covers(Ink.Box box, String label, int page, int number, List<String> problems) {
        PageInk ink = pageInk.computeIfAbsent(page, p -> {
            try {
                return new PageInk(Ink.ofPage(before.getPage(p)), null);
            } catch (Ink.Unreadable e) {
                return new PageInk(List.of(), e.getMessage());
            }
        });
        if (ink.problem() != null) {
            problems.add("the box of " + label + " cannot be checked against page " + page + ": " + ink.problem());
            return;
        }
        List<Ink.Mark> marks = ink.marks();
        for (Ink.Kind kind : new Ink.Kind[] {Ink.Kind.TEXT, Ink.Kind.IMAGE}) {
            if (marks.stream().anyMatch(mark -> mark.kind() == kind && mark.box().overlaps(box, TOUCH))) {
                problems.add("the box of " + label + " covers " + (kind == Ink.Kind.TEXT ? "text" : "an image"));
            }
        }
        PdfArray annots = before.getPage(page).getPdfObject().getAsArray(PdfName.Annots);
        for (int i = 0; annots != null && i < annots.size(); i++) {
            if (annots.get(i, false) instanceof PdfIndirectReference reference && reference.getObjNumber() == number) {
                continue;
            }
            PdfDictionary other = annots.getAsDictionary(i);
            if (other != null && visible(other)) {
                Ink.Box otherBox = box(other.getAsArray(PdfName.Rect));
                if (otherBox != null && otherBox.overlaps(box, TOUCH)) {
                    problems.add("the box of " + label + " covers " + ObjectRoles.annotation(other, 0));
                }
            }
        }
    }

    private static boolean visible(PdfDictionary annotation) {
        return annotation.get(PdfName.AP) != null && (flags(annotation) & (PdfAnnotation.HIDDEN | PdfAnnotation.NO_VIEW)) == 0;
    }

    private static int flags(PdfDictionary annotation) {
        PdfNumber flags = annotation.getAsNumber(PdfName.F);
        return flags == null ? 0 : flags.intValue();
    }

    /** "a FreeText annotation was added to page 1", "form field 'Name' was added to page 1 (hidden by …)". */
    private static String added(PdfDictionary annotation, int page) {
        PdfName subtype = annotation.getAsName(PdfName.Subtype);
        String what = PdfName.Widget.equals(subtype) && SignatureFields.fieldType(annotation) != null
                ? "form field '" + SignatureFields.name(annotation) + "'"
                : "a " + (subtype == null ? "untyped" : subtype.getValue()) + " annotation";
        return what + " was added" + (page > 0 ? " to page " + page : "") + hidden(annotation);
    }

    private static String hidden(PdfDictionary annotation) {
        if ((flags(annotation) & (PdfAnnotation.HIDDEN | PdfAnnotation.NO_VIEW)) != 0) {
            return " (hidden by its flags, which viewers do not all honour)";
        }
        Ink.Box box = box(annotation.getAsArray(PdfName.Rect));
        return box == null || !box.hasArea() ? " (with a box of no size)" : "";
    }

    /** A background (/BG) or border (/BC) colour: viewers draw those when a widget has no appearance. */
    private static PdfArray colours(PdfDictionary characteristics) {
        for (PdfName key : new PdfName[] {PdfName.BG, PdfName.BC}) {
            PdfArray colour = characteristics.getAsArray(key);
            if (colour != null && !colour.isEmpty()) {
                return colour;
            }
        }
        return null;
    }

    private static Ink.Box box(PdfArray rectangle) {
        if (rectangle == null || rectangle.size() != 4) {
            return null;
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            PdfNumber number = rectangle.getAsNumber(i);
            if (number == null || !Double.isFinite(number.doubleValue())) {
                return null;
            }
            v[i] = number.doubleValue();
        }
        return new Ink.Box(Math.min(v[0], v[2]), Math.min(v[1], v[3]), Math.max(v[0], v[2]), Math.max(v[1], v[3]));
    }
}
