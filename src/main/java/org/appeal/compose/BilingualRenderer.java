package org.appeal.compose;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;

/**
 * One PDF holding a letter in two (or more) languages: each version rendered complete with its own
 * frame (date, addressee, salutation, closing, signatories, page numbers from 1), the first
 * language first. The versions share recipients, signatories, evidence and citations; they must
 * cite the same works in the same order, so that their notes carry the same numbers. A version
 * with a different number of paragraphs, or a citation in another paragraph, is a warning: a
 * translation may join two sentences.
 */
public final class BilingualRenderer {
    /** Where problems with the versions as a pair are reported. */
    static final String VERSIONS = "versions";

    private final Renderer renderer;
    private final PdfParts parts = new PdfParts();

    public BilingualRenderer(Renderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @param versions the names of the campaign's letters to print, in order ({@code letter},
     *                 {@code letter-ko}); a problem in one is reported under its name
     */
    public RenderedLetter render(CampaignData data, List<String> versions, Recipient recipient, RenderOptions options)
            throws RenderException {
        List<CampaignData> letters = focused(data, versions);
        List<Problem> problems = compared(versions, letters);
        Archival archival = options.archival();
        // Each part without attachments: the joined letter carries the signatory list once.
        RenderOptions partOptions = archival == Archival.PDF_A_3_WITH_SIGNATORIES
                ? options.withArchival(Archival.PDF_A_2) : options;
        List<byte[]> pdfs = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        List<Problem> blocking = new ArrayList<>();
        List<List<Problem>> warnings = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            String version = versions.get(i);
            // Each part names its notes apart, so every reference links to its own part's note.
            RenderOptions own = i == 0 ? partOptions : partOptions.withNotePrefix(notePrefix(letters.get(i).language(), i));
            try {
                RenderedLetter part = renderer.render(letters.get(i), recipient, own);
                pdfs.add(part.pdf());
                html.append(part.html());
                warnings.add(part.warnings());
            } catch (RenderException e) {
                e.problems().stream().map(p -> named(version, p)).forEach(blocking::add);
            }
            languages.add(letters.get(i).language());
        }
        if (!blocking.isEmpty()) {
            throw new RenderException(blocking);
        }
        problems.addAll(merged(versions, warnings));
        List<PdfAttachment> attachments = archival == Archival.PDF_A_3_WITH_SIGNATORIES
                ? List.of(SignatoriesCsv.attachment(data.signatories().asOf(letters.get(0).letter().signatoriesAsOf())))
                : List.of();
        byte[] pdf = parts.join(pdfs, languages, metadataOf(pdfs.get(0)), archival, attachments);
        return new RenderedLetter(html.toString(), pdf, problems);
    }

    /**
     * Everything {@link #render} does but making the PDF (each part as {@link Renderer#check}): a
     * batch checks every letter this way before it writes the first.
     *
     * @return the warnings
     * @throws RenderException with every blocking problem, as {@link #render} would
     */
    public List<Problem> check(CampaignData data, List<String> versions, Recipient recipient, RenderOptions options)
            throws RenderException {
        List<CampaignData> letters = focused(data, versions);
        List<Problem> problems = compared(versions, letters);
        RenderOptions partOptions = options.archival() == Archival.PDF_A_3_WITH_SIGNATORIES
                ? options.withArchival(Archival.PDF_A_2) : options;
        List<Problem> blocking = new ArrayList<>();
        List<List<Problem>> warnings = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            String version = versions.get(i);
            try {
                warnings.add(renderer.check(letters.get(i), recipient, i == 0 ? partOptions
                        : partOptions.withNotePrefix(notePrefix(letters.get(i).language(), i))));
            } catch (RenderException e) {
                e.problems().stream().map(p -> named(version, p)).forEach(blocking::add);
            }
        }
        if (!blocking.isEmpty()) {
            throw new RenderException(blocking);
        }
        problems.addAll(merged(versions, warnings));
        return problems;
    }

    private static List<CampaignData> focused(CampaignData data, List<String> versions) {
        if (versions.size() < 2) {
            throw new IllegalArgumentException("a bilingual letter has at least two versions: " + versions);
        }
        List<CampaignData> letters = new ArrayList<>();
        for (String name : versions) {
            letters.add(data.focusedOn(name).orElseThrow(() -> new IllegalArgumentException("no letter " + name)));
        }
        return letters;
    }

    /** The versions compared with the first: warnings returned, citations out of step refused. */
    private static List<Problem> compared(List<String> versions, List<CampaignData> letters) throws RenderException {
        List<Problem> problems = new ArrayList<>();
        String first = letters.get(0).letter().body();
        for (int i = 1; i < letters.size(); i++) {
            String other = letters.get(i).letter().body();
            String pair = "'" + versions.get(0) + "' and '" + versions.get(i) + "'";
            VersionComparison.firstCitationApart(first, other).ifPresent(apart -> problems.add(Problem.blocking(
                    VERSIONS, 0, 0, pair + " do not cite in step, so their notes would be numbered apart: " + apart)));
            // Citations in step overall but in other paragraphs, or paragraphs joined: worth a look, no harm to the notes.
            for (VersionComparison.Difference difference : VersionComparison.compare(first, other)) {
                problems.add(Problem.warning(VERSIONS, pair + ": " + difference.message()));
            }
        }
        if (problems.stream().anyMatch(Problem::isBlocking)) {
            throw new RenderException(problems.stream().filter(Problem::isBlocking).toList());
        }
        return problems;
    }

    /** "ko-note-" for a Korean part, "part3-note-" when the language is no plain tag. */
    private static String notePrefix(String language, int index) {
        String tag = language.toLowerCase(java.util.Locale.ROOT);
        return (tag.matches("[a-z][a-z0-9-]*") ? tag : "part" + (index + 1)) + "-" + RenderOptions.NOTE_PREFIX;
    }

    /**
     * The parts' warnings: one that every part gives (a recipient's odd e-mail address) once, the
     * others named after their version.
     */
    private static List<Problem> merged(List<String> versions, List<List<Problem>> warnings) {
        List<Problem> merged = new ArrayList<>();
        for (int i = 0; i < warnings.size(); i++) {
            for (Problem warning : warnings.get(i)) {
                boolean everyPart = warnings.stream().allMatch(w -> w.contains(warning));
                Problem shown = everyPart ? warning : named(versions.get(i), warning);
                if (!merged.contains(shown)) {
                    merged.add(shown);
                }
            }
        }
        return merged;
    }

    /** A problem of one version, named after it: "letter-ko: letter.md line 3: …". */
    private static Problem named(String version, Problem problem) {
        return new Problem(problem.severity(), version + ": " + problem.where(), problem.line(), problem.column(),
                problem.message());
    }

    /** The first version's document information (title, author, subject, keywords): the joined letter's. */
    private static PdfMetadata metadataOf(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            PdfDocumentInfo info = document.getDocumentInfo();
            String keywords = info.getKeywords() == null ? "" : info.getKeywords();
            return new PdfMetadata(nonNull(info.getTitle()), nonNull(info.getAuthor()), nonNull(info.getSubject()),
                    keywords.isEmpty() ? List.of() : Arrays.asList(keywords.split(", ")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
