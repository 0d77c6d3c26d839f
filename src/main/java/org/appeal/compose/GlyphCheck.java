package org.appeal.compose;

import com.itextpdf.styledxmlparser.jsoup.Jsoup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses text that no bundled font can draw: a name printed as empty boxes is worse than no
 * letter. Checked on the laid-out HTML's text, so template text and data are both covered.
 */
final class GlyphCheck {
    private final FontLibrary fonts;

    GlyphCheck(FontLibrary fonts) {
        this.fonts = fonts;
    }

    List<Problem> check(String html) {
        String text = Jsoup.parse(html).text();
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && cp != 0x00A0)
                .filter(cp -> !fonts.covers(cp))
                .forEach(missing::add);
        return missing.stream().map(cp -> Problem.blocking("letter", 0, 0,
                String.format("no bundled font has a glyph for U+%04X '%s' (%s)", cp,
                        new String(Character.toChars(cp)), contextOf(text, cp)))).toList();
    }

    private static String contextOf(String text, int codePoint) {
        int at = text.indexOf(new String(Character.toChars(codePoint)));
        int from = Math.max(0, at - 20);
        int to = Math.min(text.length(), at + 20);
        return "in \"" + text.substring(from, to) + "\"";
    }
}
