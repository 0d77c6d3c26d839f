package org.appeal.compose;

import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.LayoutName;
import org.appeal.domain.Recipient;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way a letter becomes a PDF, used by the app, the CLI, batch export and the tests:
 * body (Markdown with Velocity references) → layout template → HTML → PDF.
 *
 * <p>Every blocking problem found in the pass is reported together; nothing is produced when
 * there is one. Warnings come back with the result.
 */
public final class Renderer {
    /** The name under which problems in a letter body are reported. */
    public static final String BODY_NAME = "letter.md";
    /** The names under which problems with the letter's subject line and layout are reported. */
    public static final String SUBJECT_NAME = "subject";
    static final String LAYOUT_NAME = "template";

    private final TemplateEngine templates;
    private final FontLibrary fonts;
    private final MarkdownBody markdown = new MarkdownBody();
    private final MarkdownNesting nesting = new MarkdownNesting();
    private final GlyphCheck glyphs;
    private final PdfConverter pdf;
    private final FootnotePages footnotes;
    private final WordSets words;

    public Renderer(TemplateEngine templates, FontLibrary fonts) {
        this.templates = templates;
        this.fonts = fonts;
        this.glyphs = new GlyphCheck(fonts);
        this.pdf = new PdfConverter(templates.root(), fonts);
        this.footnotes = new FootnotePages(pdf, fonts);
        this.words = new WordSets(templates.root());
    }

    public RenderedLetter render(CampaignData draft, Recipient recipient, RenderOptions options) throws RenderException {
        Prepared letter = prepare(draft, recipient, options);
        byte[] bytes = letter.citations().settings().way() == CitationSettings.Way.FOOTNOTES
                && !letter.citations().notes().isEmpty()
                ? footnotes.convert(letter.html(), letter.citations().notes(), letter.metadata(), options,
                        letter.attachments(), draft.language())
                : pdf.convert(letter.html(), letter.metadata(), options, letter.attachments(), null);
        return new RenderedLetter(letter.html(), bytes, letter.problems());
    }

    /**
     * Everything {@link #render} does but making the PDF: a batch checks every letter this way
     * before it writes the first, without holding any PDF.
     *
     * @return the warnings
     * @throws RenderException with every blocking problem, as {@link #render} would
     */
    public List<Problem> check(CampaignData draft, Recipient recipient, RenderOptions options) throws RenderException {
        return prepare(draft, recipient, options).problems();
    }

    /**
     * A renderer for another thread: the same templates and font data, its own PDF converter and
     * font provider (pdfHTML's font selection cache is not thread-safe, and one converter serves
     * one letter at a time).
     */
    public Renderer forAnotherThread() {
        return new Renderer(templates, fonts);
    }

    /** A letter's HTML and what its PDF needs, all blocking problems already refused. */
    private record Prepared(String html, PdfMetadata metadata, List<PdfAttachment> attachments, CitedBody citations,
                            List<Problem> problems) {
    }

    private Prepared prepare(CampaignData draft, Recipient recipient, RenderOptions options) throws RenderException {
        List<Problem> problems = new ArrayList<>(ContactChecks.check(draft));
        if (draft.addressee().isEmpty() && recipient == null) {
            throw new RenderException(blocking(problems));
        }
        Recipient to = recipient != null ? recipient : draft.addressee().orElseThrow();
        Optional<Problem> deepSubject = nesting.check(draft.letter().subject().replace('\n', ' '), SUBJECT_NAME);
        deepSubject.ifPresent(problems::add);
        BodyTargets subjectTargets = new BodyTargets(SUBJECT_NAME, draft.letter().subject(), options.imageFolders(),
                false);
        Html subject = deepSubject.isEmpty() ? markdown.inline(draft.letter().subject(), subjectTargets) : new Html("");
        problems.addAll(subjectTargets.problems());
        SignatureImages images = new SignatureImages(options.imageFolders(), draft.images());
        problems.addAll(images.missing(draft.signatories().asOf(draft.letter().signatoriesAsOf())));
        WordSets.Words frame = words.of(draft.language(), draft.campaign().wordsFor(draft.language()),
                draft.letter().words());
        problems.addAll(frame.problems());
        LetterContext context = LetterContext.of(draft, to, subject, images, frame.words());

        CitedBody citations = new CitedBody(draft, options.notePrefix());
        problems.addAll(citations.check(draft.letter().body(), BODY_NAME));
        Evaluation body = templates.evaluate(BODY_NAME, draft.letter().body(), context.model(), Escaping.MARKDOWN);
        problems.addAll(body.problems());
        Optional<Problem> deepBody = nesting.check(body.output(), BODY_NAME);
        deepBody.ifPresent(problems::add);
        BodyTargets bodyTargets = new BodyTargets(BODY_NAME, draft.letter().body(), options.imageFolders(),
                !blocking(body.problems()).isEmpty());
        Html bodyHtml = deepBody.isEmpty()
                ? citations.unmark(markdown.toHtml(citations.mark(body.output()), citations::link, bodyTargets))
                : new Html("");
        problems.addAll(bodyTargets.problems());
        LetterContext complete = context.withBody(bodyHtml).withCitations(citations.view());
        Evaluation layout = layout(draft.letter().templateName(), complete);
        problems.addAll(layout.problems());
        if (blocking(problems).isEmpty()) {
            problems.addAll(glyphs.check(layout.output()));
        }
        List<Problem> blocking = blocking(problems);
        if (!blocking.isEmpty()) {
            throw new RenderException(blocking);
        }
        return new Prepared(layout.output(), LetterMetadata.of(draft, to, subject), attachments(draft, options.archival()),
                citations, problems);
    }

    /**
     * What references print in this letter for {@code recipient} (the addressee when null), for the
     * editor's hover and field picker: the same context a render builds, without rendering.
     */
    public ReferenceValues values(CampaignData draft, Recipient recipient) {
        Recipient to = recipient != null ? recipient : draft.addressee()
                .orElseThrow(() -> new IllegalArgumentException("the letter has no recipient to print values for"));
        BodyTargets subjectTargets = new BodyTargets(SUBJECT_NAME, draft.letter().subject(), List.of(), false);
        Html subject = nesting.check(draft.letter().subject().replace('\n', ' '), SUBJECT_NAME).isEmpty()
                ? markdown.inline(draft.letter().subject(), subjectTargets) : new Html("");
        WordSets.Words frame = words.of(draft.language(), draft.campaign().wordsFor(draft.language()),
                draft.letter().words());
        return new ReferenceValues(templates, LetterContext.of(draft, to, subject, SignatureImages.NONE, frame.words()));
    }

    /**
     * The layout merged; a layout name that is not a file of the templates folder (a path such as
     * {@code ../../etc/passwd} stored in a shared workspace, say) is refused before Velocity sees it.
     */
    private Evaluation layout(String name, LetterContext context) {
        return templates.layoutProblem(name)
                .map(problem -> new Evaluation("", List.of(Problem.blocking(LAYOUT_NAME, 0, 0,
                        problem + "; " + LayoutName.RULE))))
                .orElseGet(() -> templates.merge(name, context.model(), Escaping.HTML));
    }

    /** PDF/A-3 carries the list of who signed, as the letter prints it, for whoever files the letter. */
    private static List<PdfAttachment> attachments(CampaignData draft, Archival archival) {
        if (archival != Archival.PDF_A_3_WITH_SIGNATORIES) {
            return List.of();
        }
        return List.of(SignatoriesCsv.attachment(draft.signatories().asOf(draft.letter().signatoriesAsOf())));
    }

    private static List<Problem> blocking(List<Problem> problems) {
        return problems.stream().filter(Problem::isBlocking).toList();
    }
}
