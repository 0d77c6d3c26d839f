package org.appeal.ui.evidence;

import org.appeal.domain.CitationKeys;
import org.appeal.domain.LinkTarget;
import org.appeal.domain.Source;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.TypedDay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The source form as typed: what a letter cites (its key), what a citation prints (title, issuing
 * body, symbol, date) and where it links (a web address), and the document its text is read from.
 * A key already in use, a day that cannot be read and an address that is not a web page block
 * saving; a source without its text is allowed, with a warning that quotes from it cannot be checked.
 *
 * @param isNew    a new source: its key may still be chosen; an existing one keeps its key
 * @param textFile the .txt, .md or .pdf file to read the text from; empty keeps the text it has
 */
public record SourceForm(boolean isNew, String key, String title, String issuingBody, String symbol, String date,
                         String url, Optional<Path> textFile, boolean hasText) {
    public enum Severity { ERROR, WARNING }

    /** @param field the form's field: key, title, date, url or file */
    public record Finding(String field, Severity severity, String message) {
    }

    public SourceForm {
        key = key == null ? "" : key;
        title = title == null ? "" : title;
        issuingBody = issuingBody == null ? "" : issuingBody;
        symbol = symbol == null ? "" : symbol;
        date = date == null ? "" : date;
        url = url == null ? "" : url;
        textFile = textFile == null ? Optional.empty() : textFile;
    }

    public static SourceForm blank() {
        return new SourceForm(true, "", "", "", "", "", "", Optional.empty(), false);
    }

    public static SourceForm of(Source s) {
        return new SourceForm(false, s.id(), s.title(), s.issuingBody(), s.symbol(), TypedDay.show(s.date()), s.url(),
                Optional.empty(), !s.paragraphs().isEmpty() || !s.unnumbered().isEmpty());
    }

    /** The key the source will be cited by: the one typed, else one made from the symbol or the title. */
    public String effectiveKey() {
        if (!key.isBlank()) {
            return key.strip();
        }
        String fromSymbol = CitationKeys.suggest(symbol);
        return fromSymbol.isEmpty() ? CitationKeys.suggest(title.isBlank()
                ? textFile.map(f -> String.valueOf(f.getFileName()).replaceFirst("\\.[^.]*$", "")).orElse("") : title)
                : fromSymbol;
    }

    /**
     * @param taken the keys a new source may not take: other sources' ids and evidence keys, since a
     *              citation must mean one thing
     */
    public List<Finding> check(Messages messages, Set<String> taken) {
        List<Finding> findings = new ArrayList<>();
        String cited = effectiveKey();
        if (isNew) {
            if (cited.isEmpty()) {
                findings.add(new Finding("key", Severity.ERROR, messages.get("source.keyRequired")));
            } else if (!CitationKeys.isValid(cited)) {
                findings.add(new Finding("key", Severity.ERROR, messages.get("source.keyShape", cited)));
            } else if (taken.contains(cited)) {
                findings.add(new Finding("key", Severity.ERROR, messages.get("source.keyTaken", cited)));
            }
        }
        if (title.isBlank() && textFile.isEmpty()) {
            findings.add(new Finding("title", Severity.ERROR, messages.get("source.titleRequired")));
        }
        TypedDay days = new TypedDay(messages.locale());
        if (!days.read(date).readable()) {
            findings.add(new Finding("date", Severity.ERROR, messages.get("source.dateUnreadable", date.strip(),
                    days.example())));
        }
        webAddressProblem(url).ifPresent(problem -> findings.add(new Finding("url", Severity.ERROR,
                messages.get("source.urlRefused", problem))));
        if (textFile.isEmpty() && !hasText) {
            findings.add(new Finding("file", Severity.WARNING, messages.get("source.noText")));
        }
        return findings;
    }

    public boolean canSave(Messages messages, Set<String> taken) {
        return check(messages, taken).stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Why {@code url} cannot be a source's address: a source links to a web page, so only
     * {@code http} and {@code https} ({@link LinkTarget} decides what is a complete one); empty is no
     * address at all.
     */
    static Optional<String> webAddressProblem(String url) {
        String typed = url == null ? "" : url.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        String scheme = typed.contains(":") ? typed.substring(0, typed.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (scheme.equals("http") || scheme.equals("https")) {
            return LinkTarget.problem(typed);
        }
        return Optional.of(LinkTarget.problem(typed).orElse("the address '" + typed
                + "' is not a web page; a source links only to http and https addresses"));
    }

    /** The source's details as typed; its text is read from {@link #textFile} or kept as it was. */
    public Source toSource(Locale locale) {
        return new Source(effectiveKey(), title.strip(), issuingBody.strip(), symbol.strip(),
                new TypedDay(locale).read(date).day().orElse(null), url.strip(), List.of());
    }
}
