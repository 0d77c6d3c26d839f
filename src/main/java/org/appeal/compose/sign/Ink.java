package org.appeal.compose.sign;

import com.itextpdf.kernel.geom.IShape;
import com.itextpdf.kernel.geom.LineSegment;
import com.itextpdf.kernel.geom.Matrix;
import com.itextpdf.kernel.geom.Point;
import com.itextpdf.kernel.geom.Subpath;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.CanvasTag;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.ImageRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.PathRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.IXObjectDoHandler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Stack;

/**
 * Where a content stream puts marks: the box of every visible glyph, image, painted path and
 * shading, found by running the content through iText's content parser (form XObjects included).
 * Text drawn invisibly (render mode 3 or 7) and spaces leave no mark.
 */
final class Ink {
    /** What made a mark. */
    enum Kind { TEXT, IMAGE, PATH, SHADING }

    /** One mark and the box around it, in the coordinates of the content that was run. */
    record Mark(Kind kind, Box box) {
    }

    /** An axis-aligned box; {@link #EVERYWHERE} stands for a mark that has no bounds of its own. */
    record Box(double left, double bottom, double right, double top) {
        static final Box EVERYWHERE = new Box(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

        static Box around(List<Vector> points) {
            double left = Double.POSITIVE_INFINITY;
            double bottom = Double.POSITIVE_INFINITY;
            double right = Double.NEGATIVE_INFINITY;
            double top = Double.NEGATIVE_INFINITY;
            for (Vector point : points) {
                left = Math.min(left, point.get(Vector.I1));
                right = Math.max(right, point.get(Vector.I1));
                bottom = Math.min(bottom, point.get(Vector.I2));
                top = Math.max(top, point.get(Vector.I2));
            }
            return new Box(left, bottom, right, top);
        }

        boolean hasArea() {
            return right > left && top > bottom;
        }

        /** Whether this box lies inside {@code outer}, allowing {@code slack} points on every side. */
        boolean inside(Box outer, double slack) {
            return left >= outer.left - slack && bottom >= outer.bottom - slack
                    && right <= outer.right + slack && top <= outer.top + slack;
        }

        /** Whether the two boxes share an area wider and taller than {@code margin} points. */
        boolean overlaps(Box other, double margin) {
            return Math.min(right, other.right) - Math.max(left, other.left) > margin
                    && Math.min(top, other.top) - Math.max(bottom, other.bottom) > margin;
        }
    }

    /** Content that cannot be run to its end: unreadable, or form XObjects that draw each other forever. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    // Deep enough for any real appearance or page; shallow enough that a hostile file cannot exhaust the stack.
    private static final int MAX_FORM_DEPTH = 24;

    private Ink() {
    }

    /** The marks of a form XObject (an appearance stream), in its own coordinates (before its /Matrix). */
    static List<Mark> ofForm(PdfStream form) throws Unreadable {
        PdfDictionary resources = form.getAsDictionary(PdfName.Resources);
        return run(processor -> processor.processContent(form.getBytes(),
                new PdfResources(resources == null ? new PdfDictionary() : resources)), Set.of(Kind.values()));
    }

    /** The glyphs and images on a page, in page coordinates. Paths (rules, backgrounds) are left out. */
    static List<Mark> ofPage(PdfPage page) throws Unreadable {
        return run(processor -> processor.processPageContent(page), Set.of(Kind.TEXT, Kind.IMAGE));
    }

    private interface Work {
        void run(PdfCanvasProcessor processor);
    }

    private static List<Mark> run(Work work, Set<Kind> wanted) throws Unreadable {
        Collector collector = new Collector(wanted);
        PdfCanvasProcessor processor = new PdfCanvasProcessor(collector);
        GuardedForms guard = new GuardedForms();
        guard.delegate = processor.registerXObjectDoHandler(PdfName.Form, guard);
        // iText's parser skips "sh"; a shading paints the whole clipping area, so it counts as everywhere.
        processor.registerContentOperator("sh", (p, operator, operands) -> collector.add(Kind.SHADING, Box.EVERYWHERE));
        try {
            work.run(processor);
        } catch (TooDeep e) {
            throw new Unreadable(e.getMessage());
        } catch (RuntimeException e) {
            // Hostile or broken content: whatever the parser trips over, the marks are unknown.
            throw new Unreadable("its content cannot be read (" + e.getMessage() + ")");
        }
        return collector.marks;
    }

    private static final class TooDeep extends RuntimeException {
        TooDeep(String message) {
            super(message, null, false, false);
        }
    }

    /** Refuses form XObjects that draw themselves, directly or through others, or nest beyond reason. */
    private static final class GuardedForms implements IXObjectDoHandler {
        private final Map<PdfStream, Boolean> open = new IdentityHashMap<>();
        private IXObjectDoHandler delegate;

        @Override
        public void handleXObject(PdfCanvasProcessor processor, Stack<CanvasTag> tags,
                                  PdfStream stream, PdfName name) {
            if (open.containsKey(stream)) {
                throw new TooDeep("its form XObject " + name + " draws itself");
            }
            if (open.size() >= MAX_FORM_DEPTH) {
                throw new TooDeep("its form XObjects nest deeper than " + MAX_FORM_DEPTH);
            }
            open.put(stream, Boolean.TRUE);
            try {
                delegate.handleXObject(processor, tags, stream, name);
            } finally {
                open.remove(stream);
            }
        }
    }

    private static final class Collector implements IEventListener {
        private final Set<Kind> wanted;
        private final List<Mark> marks = new ArrayList<>();

        Collector(Set<Kind> wanted) {
            this.wanted = wanted;
        }

        void add(Kind kind, Box box) {
            if (wanted.contains(kind)) {
                marks.add(new Mark(kind, box));
            }
        }

        @Override
        public void eventOccurred(IEventData data, EventType type) {
            switch (type) {
                case RENDER_TEXT -> text((TextRenderInfo) data);
                case RENDER_IMAGE -> image((ImageRenderInfo) data);
                case RENDER_PATH -> path((PathRenderInfo) data);
                default -> {
                }
            }
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return null;
        }

        private void text(TextRenderInfo info) {
            int mode = info.getTextRenderMode();
            if (mode == 3 || mode == 7 || !wanted.contains(Kind.TEXT)) {
                return;
            }
            for (TextRenderInfo glyph : info.getCharacterRenderInfos()) {
                String text = glyph.getText();
                if (text != null && !text.isEmpty() && text.isBlank()) {
                    continue;
                }
                LineSegment ascent = glyph.getAscentLine();
                LineSegment descent = glyph.getDescentLine();
                add(Kind.TEXT, Box.around(List.of(ascent.getStartPoint(), ascent.getEndPoint(),
                        descent.getStartPoint(), descent.getEndPoint())));
            }
        }

        private void image(ImageRenderInfo info) {
            Matrix ctm = info.getImageCtm();
            List<Vector> corners = new ArrayList<>();
            for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                corners.add(new Vector(corner[0], corner[1], 1).cross(ctm));
            }
            add(Kind.IMAGE, Box.around(corners));
        }

        private void path(PathRenderInfo info) {
            if (info.getOperation() == PathRenderInfo.NO_OP || !wanted.contains(Kind.PATH)) {
                return;
            }
            List<Vector> points = new ArrayList<>();
            for (Subpath subpath : info.getPath().getSubpaths()) {
                Point start = subpath.getStartPoint();
                if (start != null) {
                    points.add(new Vector((float) start.getX(), (float) start.getY(), 1).cross(info.getCtm()));
                }
                for (IShape segment : subpath.getSegments()) {
                    // Control points of a curve enclose it, so their box encloses the curve.
                    for (Point point : segment.getBasePoints()) {
                        points.add(new Vector((float) point.getX(), (float) point.getY(), 1).cross(info.getCtm()));
                    }
                }
            }
            if (points.isEmpty()) {
                return;
            }
            Box box = Box.around(points);
            boolean stroked = (info.getOperation() & PathRenderInfo.STROKE) != 0;
            // A stroke reaches half its width beyond the path (width in user space, scaled by the matrix).
            double half = stroked ? info.getLineWidth() / 2.0 * scale(info.getCtm()) : 0;
            add(Kind.PATH, new Box(box.left() - half, box.bottom() - half, box.right() + half, box.top() + half));
        }

        private static double scale(Matrix ctm) {
            return Math.max(Math.hypot(ctm.get(Matrix.I11), ctm.get(Matrix.I12)),
                    Math.hypot(ctm.get(Matrix.I21), ctm.get(Matrix.I22)));
        }
    }
}
