package org.appeal.compose;

import com.itextpdf.html2pdf.ConverterProperties;
import com.itextpdf.html2pdf.HtmlConverter;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.IElement;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.IRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.appeal.domain.Script;

/**
 * Footnotes at the foot of the page on which each reference stands. pdfHTML has no CSS footnote
 * float, so the letter is laid out in passes:
 * <ol>
 *   <li>each pass reserves room at the foot of the pages ({@code @page} bottom padding: one amount
 *       for the first page, one for the others, since pdfHTML tells pages apart no finer) and,
 *       as each page is finished, draws there the notes the previous pass found on it;</li>
 *   <li>after the pass, the link annotation of every note reference tells on which page the
 *       reference landed; the pass stands when every note was drawn on that page and fitted.</li>
 * </ol>
 * The reserved room only grows from pass to pass, so a pass that reserves no more than the one
 * before lays the body out the same way and finds the same pages: the passes end, usually after
 * the third.
 *
 * <p>The notes sit between the side margins and just above the bottom margin of the default
 * layout ({@link #SIDE_MARGIN}, {@link #BOTTOM_MARGIN}); a layout that cites with footnotes keeps
 * those margins.
 */
final class FootnotePages {
    static final float MM = 72f / 25.4f;
    static final float SIDE_MARGIN = 24 * MM;
    static final float BOTTOM_MARGIN = 24 * MM;
    /** Space between the body and the rule over the notes, and between the rule and the first note. */
    private static final float GAP = 6f;
    private static final int MAX_PASSES = 6;
    /** The notes' type: the letter's serif first (the Korean one for a Korean letter, as the layout sets its body). */
    private static final String NOTE_CSS = "<style>p{font-family:%s;font-size:9pt;"
            + "line-height:1.25;margin:0 0 2pt 0;padding-left:14pt;text-indent:-14pt;%s}</style>";

    private final PdfConverter pdf;
    private final FontLibrary library;
    // Made on the first letter with footnotes, so that other letters never read every font.
    private FontProvider fonts;
    private ConverterProperties noteProperties;
    // The font provider caches font selections; one letter at a time keeps it consistent.
    private final ReentrantLock lock = new ReentrantLock();

    FootnotePages(PdfConverter pdf, FontLibrary fonts) {
        this.pdf = pdf;
        this.library = fonts;
    }

    /** @param language the letter's language, which sets the notes' type and line breaking */
    byte[] convert(String html, List<Note> notes, PdfMetadata metadata, RenderOptions options,
                   List<PdfAttachment> attachments, String language) {
        lock.lock();
        try {
            if (fonts == null) {
                fonts = library.provider();
                noteProperties = new ConverterProperties().setFontProvider(fonts)
                        .setCharset(StandardCharsets.UTF_8.name());
            }
            boolean korean = Script.of(language) == Script.HANGUL;
            String css = String.format(NOTE_CSS, korean ? "'NanumMyeongjo','Liberation Serif'"
                    : "'Liberation Serif','NanumMyeongjo'", korean ? "word-break:keep-all;" : "");
            return settle(html, notes, metadata, options, attachments, css);
        } finally {
            lock.unlock();
        }
    }

    private byte[] settle(String html, List<Note> notes, PdfMetadata metadata, RenderOptions options,
                          List<PdfAttachment> attachments, String css) {
        float width = PageSize.A4.getWidth() - 2 * SIDE_MARGIN;
        Map<Integer, Float> heights = heights(notes, width, css);
        Map<Integer, Integer> drawnOn = Map.of();
        float first = 0;
        float others = 0;
        for (int pass = 1; pass <= MAX_PASSES + 1; pass++) {
            if (pass == MAX_PASSES + 1) {
                // Not settled (never seen): reserve room for every note on every page, which settles at once.
                float all = reserve(heights.values().stream().reduce(0f, Float::sum));
                first = Math.max(first, all);
                others = Math.max(others, all);
            }
            Map<Integer, Integer> drawing = drawnOn;
            byte[] out = pdf.convert(withRoom(html, first, others), metadata, options, attachments,
                    new NoteDrawer(notes, drawnOn, heights, css),
                    document -> nameNotes(document, notes, drawing, heights, options.notePrefix()));
            Map<Integer, Integer> landed = referencePages(out, options.notePrefix());
            float needFirst = reserve(onPage(landed, heights, 1));
            float needOthers = 0;
            for (int page : new java.util.TreeSet<>(landed.values())) {
                if (page > 1) {
                    needOthers = Math.max(needOthers, reserve(onPage(landed, heights, page)));
                }
            }
            if (landed.equals(drawnOn) && needFirst <= first && needOthers <= others) {
                return out;
            }
            drawnOn = landed;
            first = Math.max(first, needFirst);
            others = Math.max(others, needOthers);
        }
        throw new IllegalStateException("footnotes did not settle on their pages");
    }

    /**
     * Names each note's place, where its reference links to: at the top of the note, as the note
     * drawer sets the notes of a page from the bottom margin up. Named before the document closes,
     * since iText writes the names before it finishes the pages (and so before the drawer runs).
     */
    private static void nameNotes(PdfDocument document, List<Note> notes, Map<Integer, Integer> drawnOn,
                                  Map<Integer, Float> heights, String prefix) {
        Map<Integer, List<Note>> byPage = new TreeMap<>();
        for (Note note : notes) {
            Integer page = drawnOn.get(note.number());
            if (page != null && page <= document.getNumberOfPages()) {
                byPage.computeIfAbsent(page, k -> new ArrayList<>()).add(note);
            }
        }
        byPage.forEach((page, here) -> {
            float y = BOTTOM_MARGIN + here.stream().map(n -> heights.get(n.number())).reduce(0f, Float::sum);
            for (Note note : here) {
                document.addNamedDestination(CitedBody.noteAnchor(prefix, Integer.toString(note.number())),
                        PdfExplicitDestination.createXYZ(document.getPage(page), SIDE_MARGIN, y, 0).getPdfObject());
                y -= heights.get(note.number());
            }
        });
    }

    private static float reserve(float notesHeight) {
        return notesHeight == 0 ? 0 : notesHeight + 2 * GAP;
    }

    private static float onPage(Map<Integer, Integer> landed, Map<Integer, Float> heights, int page) {
        float sum = 0;
        for (Map.Entry<Integer, Integer> note : landed.entrySet()) {
            if (note.getValue() == page) {
                sum += heights.getOrDefault(note.getKey(), 0f);
            }
        }
        return sum;
    }

    /** The layout with room reserved at the foot of the first page and of the others (CSS points). */
    private static String withRoom(String html, float first, float others) {
        if (first == 0 && others == 0) {
            return html;
        }
        String style = "<style>@page{padding-bottom:" + others + "pt}@page :first{padding-bottom:" + first
                + "pt}</style>";
        int head = html.indexOf("</head>");
        return head < 0 ? style + html : html.substring(0, head) + style + html.substring(head);
    }

    /** A note as laid-out blocks: its number, then its text, in the notes' small type. */
    private List<IElement> elements(Note note, String css) {
        String html = "<html><head>" + css + "</head><body><p>" + note.number() + ".\u00A0" + note.text().value()
                + "</p></body></html>";
        return HtmlConverter.convertToElements(html, noteProperties);
    }

    /** The height each note takes at the notes' width, measured by laying it out off the page. */
    private Map<Integer, Float> heights(List<Note> notes, float width, String css) {
        Map<Integer, Float> heights = new HashMap<>();
        try (PdfDocument scratch = new PdfDocument(new PdfWriter(new ByteArrayOutputStream()));
             Document document = new Document(scratch, PageSize.A4)) {
            scratch.addNewPage();
            for (Note note : notes) {
                float height = 0;
                for (IElement element : elements(note, css)) {
                    IRenderer renderer = element.createRendererSubTree().setParent(document.getRenderer());
                    LayoutResult result = renderer.layout(new LayoutContext(
                            new LayoutArea(1, new Rectangle(0, 0, width, 10_000))));
                    height += result.getOccupiedArea().getBBox().getHeight();
                }
                heights.put(note.number(), height);
            }
        }
        return heights;
    }

    /** Note number to the page (1-based) whose link annotation refers to it. */
    static Map<Integer, Integer> referencePages(byte[] pdfBytes, String prefix) {
        Map<Integer, Integer> pages = new TreeMap<>();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdfBytes)))) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                for (PdfAnnotation annotation : document.getPage(p).getAnnotations()) {
                    if (annotation instanceof PdfLinkAnnotation link) {
                        int page = p;
                        noteNumber(link, prefix).ifPresent(n -> pages.putIfAbsent(n, page));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static java.util.Optional<Integer> noteNumber(PdfLinkAnnotation link, String prefix) {
        PdfObject destination = link.getDestinationObject();
        if (destination == null && link.getAction() != null) {
            destination = link.getAction().get(PdfName.D);
        }
        String name = destination instanceof PdfString s ? s.toUnicodeString()
                : destination instanceof PdfName n ? n.getValue() : null;
        if (name == null || !name.startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Integer.parseInt(name.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Draws, as each page is finished, the notes the previous pass found on it. */
    private final class NoteDrawer extends AbstractPdfDocumentEventHandler {
        private final List<Note> notes;
        private final Map<Integer, Integer> drawnOn;
        private final Map<Integer, Float> heights;
        private final String css;

        NoteDrawer(List<Note> notes, Map<Integer, Integer> drawnOn, Map<Integer, Float> heights, String css) {
            this.notes = notes;
            this.drawnOn = drawnOn;
            this.heights = heights;
            this.css = css;
            addType(PdfDocumentEvent.END_PAGE);
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            PdfPage page = ((PdfDocumentEvent) event).getPage();
            PdfDocument document = event.getDocument();
            int number = document.getPageNumber(page);
            List<Note> here = new ArrayList<>();
            float height = 0;
            for (Note note : notes) {
                if (drawnOn.getOrDefault(note.number(), -1) == number) {
                    here.add(note);
                    height += heights.get(note.number());
                }
            }
            if (here.isEmpty()) {
                return;
            }
            Rectangle size = page.getPageSize();
            float width = size.getWidth() - 2 * SIDE_MARGIN;
            float top = BOTTOM_MARGIN + height;
            PdfCanvas rule = new PdfCanvas(page);
            rule.saveState().setLineWidth(0.5f)
                    .moveTo(SIDE_MARGIN, top + GAP).lineTo(SIDE_MARGIN + width / 3, top + GAP).stroke().restoreState();
            try (Canvas canvas = new Canvas(new PdfCanvas(page), new Rectangle(SIDE_MARGIN, BOTTOM_MARGIN, width, height + 1))) {
                canvas.setFontProvider(fonts);
                for (Note note : here) {
                    for (IElement element : elements(note, css)) {
                        canvas.add((IBlockElement) element);
                    }
                }
            }
        }
    }
}
