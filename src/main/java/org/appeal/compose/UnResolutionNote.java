package org.appeal.compose;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.Source;

/**
 * UN resolutions cite by their number and date of adoption, as the UN itself cites them
 * ("General Assembly resolution 79/181 of 17 December 2024") and as OSCOLA prescribes
 * ("UNGA Res 79/181 (17 December 2024) UN Doc A/RES/79/181"); in a Korean letter as Korean
 * writing cites them ("유엔 총회 결의 79/181호(2024년 12월 17일)"). The CSL styles have no type
 * for a resolution (they would print it as a report by its year), so these are written here. A
 * resolution cited again gets the short form: its number, without date or title.
 */
final class UnResolutionNote {
    private static final Pattern SYMBOL = Pattern.compile("(A|A/HRC)/RES/(\\d+/\\d+)");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private UnResolutionNote() {
    }

    /** The resolution's number and body when the source is a GA or HRC resolution. */
    static Optional<Matcher> resolution(Source source) {
        Matcher m = SYMBOL.matcher(source.symbol().strip());
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    /**
     * The citation without a final full stop; {@code locator} is already in the style's words, or empty.
     *
     * @param korean in the words of a Korean letter
     * @param again  whether the letter cited this resolution before: the short form
     */
    static String format(Source source, Matcher symbol, CitationSettings.Style style, String locator,
                         boolean korean, boolean again) {
        if (korean) {
            return korean(source, symbol, style, locator, again);
        }
        boolean assembly = symbol.group(1).equals("A");
        String number = symbol.group(2);
        String date = source.date() == null ? "" : source.date().format(DAY_MONTH_YEAR);
        StringBuilder out = new StringBuilder();
        if (style == CitationSettings.Style.OSCOLA) {
            out.append(assembly ? "UNGA" : "UNHRC").append(" Res ").append(number);
            if (!again) {
                if (!date.isEmpty()) {
                    out.append(" (").append(date).append(')');
                }
                out.append(" UN Doc ").append(HtmlEscaper.escape(source.symbol().strip()));
            }
            if (!locator.isEmpty()) {
                out.append(' ').append(locator);
            }
        } else {
            out.append(assembly ? "General Assembly" : "Human Rights Council").append(" resolution ").append(number);
            if (!again) {
                if (!date.isEmpty()) {
                    out.append(" of ").append(date);
                }
                if (!source.title().isBlank()) {
                    out.append(", \u201C").append(HtmlEscaper.escape(source.title().strip())).append('\u201D');
                }
            }
            if (!locator.isEmpty()) {
                out.append(", ").append(locator);
            }
        }
        return out.toString();
    }

    /** "유엔 총회 결의 79/181호(2024년 12월 17일), “title”, 제8단락"; OSCOLA adds the UN document symbol. */
    private static String korean(Source source, Matcher symbol, CitationSettings.Style style, String locator,
                                 boolean again) {
        StringBuilder out = new StringBuilder(symbol.group(1).equals("A") ? "유엔 총회" : "유엔 인권이사회")
                .append(" 결의 ").append(symbol.group(2)).append('호');
        if (!again) {
            if (source.date() != null) {
                out.append('(').append(LetterDates.format(source.date(), "ko")).append(')');
            }
            if (style == CitationSettings.Style.OSCOLA) {
                out.append(", UN Doc ").append(HtmlEscaper.escape(source.symbol().strip()));
            } else if (!source.title().isBlank()) {
                out.append(", \u201C").append(HtmlEscaper.escape(source.title().strip())).append('\u201D');
            }
        }
        if (!locator.isEmpty()) {
            out.append(", ").append(locator);
        }
        return out.toString();
    }
}
