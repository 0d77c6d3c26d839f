package org.appeal.compose;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLProperties;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.output.Citation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.Pinpoint;
import org.appeal.domain.Source;

/**
 * Writes notes and bibliography entries in a real citation style: the official CSL files for the
 * Chicago notes style and OSCOLA, run by citeproc-java, with the CSL locale of the letter's
 * language ({@link CitationLocale}). UN resolutions are written by {@link UnResolutionNote}. One
 * formatter serves one letter and writes its notes in order, since a CSL processor remembers the
 * notes it wrote: a source cited again gets the style's short form (Chicago's shortened note,
 * OSCOLA's short form or "ibid"), as Zotero gives it.
 */
final class CitationFormatter {
    private static final String LOCATOR_TOKEN = "APPEALLOCATOR";

    private final CitationSettings.Style style;
    private final boolean korean;
    private final CSL csl;
    private final java.util.Set<String> citedBefore = new java.util.HashSet<>();
    private int noteIndex;

    /**
     * @param language   the letter's language: its CSL locale, and the words of UN resolution notes and pinpoints
     * @param firstNotes the note in which each source is first cited, which a short form may name
     *                   (OSCOLA's "(n 1)"); citeproc-java does not work it out itself
     */
    CitationFormatter(CitationSettings.Style style, Collection<Source> sources, String language,
                      java.util.Map<String, Integer> firstNotes) {
        this.style = style;
        this.korean = org.appeal.domain.Script.of(language) == org.appeal.domain.Script.HANGUL;
        List<CSLItemData> items = sources.stream().filter(s -> UnResolutionNote.resolution(s).isEmpty())
                .map(s -> item(s, firstNotes.get(s.id()))).toList();
        try {
            csl = new CSL(new ListItemDataProvider(items.toArray(new CSLItemData[0])), CitationStyles.xml(style),
                    CitationLocale.of(language).orElse(CitationLocale.ENGLISH));
        } catch (IOException e) {
            throw new UncheckedIOException("the citation style " + style.key() + " is not on the class path", e);
        }
        csl.setOutputFormat("html");
        csl.registerCitationItems(items.stream().map(CSLItemData::getId).toList());
    }

    /** One note's text as HTML, ending with a full stop; several works are separated by semicolons. */
    String note(List<ResolvedCite> cites) {
        noteIndex++;
        List<String> parts = new ArrayList<>();
        for (ResolvedCite cite : cites) {
            boolean again = !citedBefore.add(cite.source().id());
            String text = UnResolutionNote.resolution(cite.source())
                    .map(symbol -> affixed(cite, UnResolutionNote.format(cite.source(), symbol, style,
                            locatorWords(cite.locator()), korean, again)))
                    .orElseGet(() -> csl(cite));
            parts.add(withoutFullStop(text.strip()));
        }
        return String.join("; ", parts) + ".";
    }

    private String csl(ResolvedCite cite) {
        CSLCitationItemBuilder item = new CSLCitationItemBuilder(cite.source().id());
        if (!cite.prefix().isEmpty()) {
            item.prefix(HtmlEscaper.escape(cite.prefix()) + " ");
        }
        if (!cite.suffix().isEmpty()) {
            item.suffix(", " + HtmlEscaper.escape(cite.suffix()));
        }
        Pinpoint locator = cite.locator();
        boolean ownWords = locator != null && style == CitationSettings.Style.CHICAGO_NOTES;
        if (ownWords) {
            // citeproc-java 3.4 does not evaluate CSL's locator="..." conditions, so Chicago's label macro
            // always takes its page branch and prints no label ("8" for "para. 8"), and it strips a label
            // typed into the locator. A token holds the locator's place and is replaced by the words.
            item.locator(LOCATOR_TOKEN).label(CSLLabel.PAGE);
        } else if (locator != null) {
            item.locator(locator.value()).label(label(locator.unit()));
        }
        CSLCitation citation = new CSLCitation(new CSLCitationItem[]{item.build()}, "note-" + noteIndex,
                new CSLProperties(noteIndex, false));
        List<Citation> made = csl.makeCitation(citation);
        String text = made.get(made.size() - 1).getText();
        return ownWords ? text.replace(LOCATOR_TOKEN, HtmlEscaper.escape(locatorWords(locator))) : text;
    }

    private static String affixed(ResolvedCite cite, String text) {
        String out = text;
        if (!cite.prefix().isEmpty()) {
            out = HtmlEscaper.escape(cite.prefix()) + " " + out;
        }
        if (!cite.suffix().isEmpty()) {
            out = out + ", " + HtmlEscaper.escape(cite.suffix());
        }
        return out;
    }

    /**
     * A pinpoint in the style's words: Chicago "para. 8", "sec. 3"; OSCOLA "para 8", "s 3"; pages bare
     * in both. In a Korean letter, as Korean notes write them: "제8단락", "제3절", "8쪽".
     */
    String locatorWords(Pinpoint locator) {
        if (locator == null) {
            return "";
        }
        boolean range = locator.value().matches(".*\\d\\s*[-–,]\\s*\\d.*");
        String value = locator.value().replaceAll("(\\d)\\s*-\\s*(\\d)", "$1–$2");
        if (korean) {
            return switch (locator.unit()) {
                case PAGE -> value + "쪽";
                case PARAGRAPH -> "제" + value + "단락";
                case SECTION -> "제" + value + "절";
            };
        }
        boolean oscola = style == CitationSettings.Style.OSCOLA;
        return switch (locator.unit()) {
            case PAGE -> value;
            case PARAGRAPH -> (oscola ? (range ? "paras " : "para ") : (range ? "paras. " : "para. ")) + value;
            case SECTION -> (oscola ? (range ? "ss " : "s ") : (range ? "secs. " : "sec. ")) + value;
        };
    }

    private static CSLLabel label(Pinpoint.Unit unit) {
        return switch (unit) {
            case PAGE -> CSLLabel.PAGE;
            case PARAGRAPH -> CSLLabel.PARAGRAPH;
            case SECTION -> CSLLabel.SECTION;
        };
    }

    /** Bibliography entries for the cited sources, as HTML, in alphabetical order. */
    List<String> bibliography(Collection<Source> cited) {
        Set<String> ids = new java.util.HashSet<>();
        List<String> entries = new ArrayList<>();
        for (Source source : cited) {
            // OSCOLA's bibliography entries end without a full stop, Chicago's with one.
            String end = style == CitationSettings.Style.OSCOLA ? "" : ".";
            UnResolutionNote.resolution(source).ifPresentOrElse(
                    symbol -> entries.add(UnResolutionNote.format(source, symbol, style, "", korean, false) + end),
                    () -> ids.add(source.id()));
        }
        if (!ids.isEmpty()) {
            for (String entry : csl.makeBibliography(item -> ids.contains(item.getId())).getEntries()) {
                entries.add(entry.strip());
            }
        }
        entries.sort(Comparator.comparing(e -> e.replaceAll("<[^>]+>", "")));
        return entries;
    }

    /** The short title is the title: a source has no shorter one, and citeproc-java prints nothing for a missing one. */
    private CSLItemData item(Source source, Integer firstNote) {
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(source.id()).type(CSLType.REPORT)
                .title(source.title()).titleShort(source.title());
        if (firstNote != null) {
            item.firstReferenceNoteNumber(firstNote.toString());
        }
        if (!source.issuingBody().isBlank()) {
            item.author(new CSLNameBuilder().literal(source.issuingBody()).build());
        }
        if (!source.symbol().isBlank()) {
            // OSCOLA marks a UN document's symbol as such ("UN Doc A/HRC/25/63").
            boolean un = SourceLinks.isUnSymbol(source.symbol());
            item.number(style == CitationSettings.Style.OSCOLA && un ? "UN Doc " + source.symbol() : source.symbol());
        }
        if (source.date() != null) {
            item.issued(source.date().getYear(), source.date().getMonthValue(), source.date().getDayOfMonth());
        }
        String url = SourceLinks.url(source);
        if (!url.isEmpty()) {
            item.URL(url);
        }
        return item.build();
    }

    private static String withoutFullStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
