package org.appeal.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.Evidence;
import org.appeal.domain.QuoteCheck;
import org.appeal.domain.Source;

/**
 * The citations of one letter body in one render: checks what the writer cited, numbers the notes
 * in the order their references stand, writes them in the letter's style and resolves cited words
 * to links.
 *
 * <p>Bracketed citations are found in the Markdown text rather than its syntax tree, because only
 * the text still shows whether a bracket was escaped ({@code \[}), which is how values inserted by
 * a template are kept from becoming citations. Each is replaced by a placeholder of private-use
 * characters that Markdown passes through, and the placeholder by the note's reference once the
 * HTML is made.
 */
final class CitedBody {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private final CampaignData data;
    private final CitationSettings settings;
    private final String notePrefix;
    private CitationFormatter formatter;
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, Source> cited = new LinkedHashMap<>();

    /** @param notePrefix what the names of the notes' places begin with ({@link RenderOptions#notePrefix()}) */
    CitedBody(CampaignData data, String notePrefix) {
        this.data = data;
        this.settings = data.letter().citations();
        this.notePrefix = notePrefix;
    }

    /**
     * Made on first use: loading a CSL style takes time a letter without citations should not pay.
     *
     * @param firstNotes the note in which each source is first cited, when the notes are known
     */
    private CitationFormatter formatter(Map<String, Integer> firstNotes) {
        if (formatter == null) {
            formatter = new CitationFormatter(settings.style(), data.sources(), data.language(), firstNotes);
        }
        return formatter;
    }

    /**
     * What the writer cited, checked in the body as typed: an unknown key blocks, and so does a
     * note citation in a letter that cites with links; a linked source without a URL and a quote
     * that is not verified are warnings.
     */
    List<Problem> check(String rawBody, String bodyName) {
        List<Problem> problems = new ArrayList<>();
        Map<String, QuoteCheck> checked = new LinkedHashMap<>();
        java.util.Set<String> linkChecked = new java.util.HashSet<>();
        for (CitationSyntax.Use use : CitationSyntax.uses(rawBody)) {
            Optional<Source> source = sourceOf(use.key());
            if (source.isEmpty()) {
                problems.add(Problem.blocking(bodyName, use.line(), use.column(), "unknown citation key '@"
                        + use.key() + "': no evidence or source has it"));
                continue;
            }
            if (linkChecked.add(source.get().id())) {
                SourceLinks.problem(source.get()).ifPresent(message -> problems.add(Problem.blocking(bodyName,
                        use.line(), use.column(), "source '" + source.get().id() + "', cited here: " + message)));
            }
            if (!use.link() && settings.way() == CitationSettings.Way.LINKS) {
                problems.add(Problem.blocking(bodyName, use.line(), use.column(), "this letter cites with links"
                        + " (citations: links), so [@" + use.key() + "] has no note to go to: write [the cited words](@"
                        + use.key() + ")"));
            }
            if (use.link() && SourceLinks.url(source.get()).isEmpty() && SourceLinks.problem(source.get()).isEmpty()) {
                problems.add(new Problem(Problem.Severity.WARNING, bodyName, use.line(), use.column(), "source '"
                        + source.get().id() + "' has no URL or UN symbol: the words citing @" + use.key()
                        + " are underlined but link nowhere"));
            }
            data.evidence(use.key()).ifPresent(e -> checked.computeIfAbsent(e.citationKey(), k -> {
                QuoteCheck result = QuoteCheck.of(e, data.source(e.sourceId()));
                if (result.needsAttention()) {
                    problems.add(new Problem(Problem.Severity.WARNING, bodyName, use.line(), use.column(),
                            "quote @" + k + ": " + result.message()));
                }
                return result;
            }));
        }
        return problems;
    }

    private Optional<Source> sourceOf(String key) {
        Optional<Evidence> evidence = data.evidence(key);
        return evidence.isPresent() ? data.source(evidence.get().sourceId()) : data.source(key);
    }

    /** The link for words citing {@code key}: empty when the source has no URL (the words are only underlined). */
    Optional<String> link(String key) {
        Optional<Source> source = sourceOf(key);
        source.ifPresent(s -> cited.putIfAbsent(s.id(), s));
        return source.map(SourceLinks::url).filter(url -> !url.isEmpty());
    }

    /**
     * The Markdown with each bracketed citation replaced by a placeholder for its note's reference.
     * The notes are written once all are known, so a short form can name the note where its source
     * was first cited (OSCOLA's "(n 1)").
     */
    String mark(String markdown) {
        Matcher citation = CitationSyntax.CITATION.matcher(markdown);
        StringBuilder out = new StringBuilder(markdown.length());
        List<List<ResolvedCite>> cites = new ArrayList<>();
        while (citation.find()) {
            Optional<List<CiteItem>> items = CitationSyntax.items(citation.group(1));
            Optional<List<ResolvedCite>> resolved = items.flatMap(this::resolve);
            if (resolved.isEmpty()) {
                citation.appendReplacement(out, Matcher.quoteReplacement(citation.group()));
                continue;
            }
            resolved.get().forEach(c -> cited.putIfAbsent(c.source().id(), c.source()));
            cites.add(resolved.get());
            int number = notes.size() + cites.size();
            citation.appendReplacement(out, Matcher.quoteReplacement(OPEN + Integer.toString(number) + CLOSE));
        }
        citation.appendTail(out);
        Map<String, Integer> firstNotes = new LinkedHashMap<>();
        for (int i = 0; i < cites.size(); i++) {
            int number = notes.size() + i + 1;
            cites.get(i).forEach(c -> firstNotes.putIfAbsent(c.source().id(), number));
        }
        for (List<ResolvedCite> note : cites) {
            notes.add(new Note(notes.size() + 1, new Html(formatter(firstNotes).note(note))));
        }
        return out.toString();
    }

    private Optional<List<ResolvedCite>> resolve(List<CiteItem> items) {
        List<ResolvedCite> resolved = new ArrayList<>();
        for (CiteItem item : items) {
            Optional<Evidence> evidence = data.evidence(item.key());
            Optional<Source> source = sourceOf(item.key());
            if (source.isEmpty()) {
                // Reported by check() where the writer typed it; a key made by a template is left as text.
                return Optional.empty();
            }
            resolved.add(new ResolvedCite(source.get(),
                    item.locator() != null ? item.locator() : evidence.map(Evidence::pinpoint).orElse(null),
                    item.prefix(), item.suffix()));
        }
        return Optional.of(resolved);
    }

    /** The body HTML with each placeholder replaced by its note's reference: a superscript number linking to the note. */
    Html unmark(Html html) {
        StringBuilder out = new StringBuilder(html.value().length());
        String s = html.value();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf(OPEN, i);
            int close = open < 0 ? -1 : s.indexOf(CLOSE, open);
            if (open < 0 || close < 0) {
                out.append(s, i, s.length());
                break;
            }
            out.append(s, i, open);
            String number = s.substring(open + 1, close);
            out.append(reference(number));
            i = close + 1;
        }
        return new Html(out.toString());
    }

    String reference(String number) {
        return "<sup class=\"note-ref\"><a href=\"#" + noteAnchor(notePrefix, number) + "\">" + number + "</a></sup>";
    }

    /** The name of a note's destination in the PDF, which its reference links to. */
    static String noteAnchor(String prefix, String number) {
        return prefix + number;
    }

    List<Note> notes() {
        return List.copyOf(notes);
    }

    CitationSettings settings() {
        return settings;
    }

    /** What the layout sees as {@code $citations}. */
    org.appeal.compose.view.CitationsView view() {
        return new org.appeal.compose.view.CitationsView(settings.way().key(),
                notes.stream().map(n -> new org.appeal.compose.view.CitationsView.NoteView(n.number(), n.text(),
                        noteAnchor(notePrefix, Integer.toString(n.number())))).toList(),
                bibliography());
    }

    /** The bibliography, when the letter asks for one: every source it cited, in the letter's style. */
    List<Html> bibliography() {
        if (!settings.bibliography() || cited.isEmpty()) {
            return List.of();
        }
        return formatter(Map.of()).bibliography(cited.values()).stream().map(Html::new).toList();
    }
}
