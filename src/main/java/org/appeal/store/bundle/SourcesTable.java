package org.appeal.store.bundle;

import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.appeal.domain.LinkTarget;
import org.appeal.domain.Source;

/**
 * {@code sources.csv}: the documents evidence quotes from. The text of each is a file of its own
 * inside the bundle (see {@link SourceTextFile}), so that a bundle carries everything a quote
 * check needs; a source whose text is not in the library has an empty {@code text_file}.
 */
final class SourcesTable implements BundleTable<SourceEntry> {
    static final String TEXT_FOLDER = "sources";

    @Override
    public String fileName() {
        return "sources.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "title", "issuing_body", "symbol", "date", "url", "text_file");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("id");
    }

    @Override
    public SourceEntry read(CsvRow row) {
        String id = row.requiredText("id");
        java.time.LocalDate date = row.date("date");
        String url = row.text("url").strip();
        if (!url.isEmpty()) {
            LinkTarget.problem(url).ifPresent(problem -> row.problem("url", problem));
        }
        if (!row.isValid()) {
            return null;
        }
        return new SourceEntry(new Source(id, row.text("title"), row.text("issuing_body"), row.text("symbol"), date,
                row.text("url"), List.of()), row.text("text_file").strip(), row.line());
    }

    @Override
    public List<String> cells(SourceEntry entry) {
        Source s = entry.source();
        return List.of(Cells.text(s.id()), Cells.text(s.title()), Cells.text(s.issuingBody()), Cells.text(s.symbol()),
                Cells.date(s.date()), Cells.text(s.url()), Cells.text(entry.textFile()));
    }

    @Override
    public Comparator<SourceEntry> canonicalOrder() {
        return Comparator.comparing(entry -> entry.source().id());
    }

    /** Where the writer puts a source's text: {@code sources/<id>.txt}, the id made safe for a file name. */
    static String textFileOf(Source source) {
        if (source.paragraphs().isEmpty() && source.unnumbered().isEmpty()) {
            return "";
        }
        return TEXT_FOLDER + "/" + source.id().replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_") + ".txt";
    }

    /**
     * The text file of each source, in the sources' order ("" for a source without text). Two ids can
     * make the same file name ({@code a b} and {@code a_b}, or {@code UN} and {@code un} on a disk that
     * ignores case): the later one gets {@code -2}, {@code -3}, ... so that no source's text is written over another's.
     */
    static List<String> textFilesOf(List<Source> sources) {
        Set<String> taken = new HashSet<>();
        Map<Source, String> names = new IdentityHashMap<>();
        // Numbered in the bundle's own order (by id), so that an export of an imported bundle names them alike.
        for (Source source : sources.stream().sorted(Comparator.comparing(Source::id)).toList()) {
            String name = textFileOf(source);
            if (!name.isEmpty()) {
                String stem = name.substring(0, name.length() - ".txt".length());
                for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                    name = stem + "-" + n + ".txt";
                }
            }
            names.put(source, name);
        }
        return sources.stream().map(names::get).toList();
    }
}
