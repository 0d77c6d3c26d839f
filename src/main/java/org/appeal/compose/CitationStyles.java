package org.appeal.compose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.appeal.domain.CitationSettings;

/**
 * The CSL files of the citation styles, from the styles jar, with the note positions citeproc-java
 * 3.4 cannot test put in terms it can. It knows whether a cite is the first of its source and
 * whether it is "ibid" (same source as the note before), but not "subsequent" or
 * "ibid-with-locator", which it takes as never true: every repeated source would get the full note
 * again. Rewritten, "subsequent" is "not the first" ({@code position="first" match="none"}) and
 * "ibid-with-locator" is "ibid, with a locator". It also takes {@code disambiguate="true"} as always
 * true (it does no disambiguation), which puts the publication facts back into every shortened
 * note; rewritten, it is never true, as for notes that need no disambiguation. And it does not
 * strip periods, so OSCOLA's "ibid" (the term "ibid." stripped) is written as the word itself. In both styles these
 * conditions stand alone on their {@code <if>} (checked when the style is read), so no other
 * condition changes meaning.
 */
final class CitationStyles {
    private static final String SUBSEQUENT = "position=\"subsequent\"";
    private static final String IBID_WITH_LOCATOR = "position=\"ibid-with-locator\"";
    private static final String DISAMBIGUATE = "disambiguate=\"true\"";
    /** citeproc-java does not strip periods: OSCOLA's "ibid" would print as the locale's "ibid.". */
    private static final String IBID_TERM = "<text term=\"ibid\" strip-periods=\"true\" text-case=\"lowercase\"/>";
    /** A condition citeproc-java reads as false: no item has this type. */
    private static final String NEVER = "type=\"appeal-never\"";
    private static final Map<CitationSettings.Style, String> CACHE = new ConcurrentHashMap<>();

    private CitationStyles() {
    }

    static String xml(CitationSettings.Style style) throws IOException {
        String cached = CACHE.get(style);
        if (cached != null) {
            return cached;
        }
        String xml = rewritten(read(fileName(style)));
        CACHE.put(style, xml);
        return xml;
    }

    static String fileName(CitationSettings.Style style) {
        return switch (style) {
            case CHICAGO_NOTES -> "chicago-notes-bibliography.csl";
            case OSCOLA -> "oscola.csl";
        };
    }

    static String rewritten(String xml) {
        for (String condition : java.util.List.of(SUBSEQUENT, IBID_WITH_LOCATOR, DISAMBIGUATE)) {
            for (int at = xml.indexOf(condition); at >= 0; at = xml.indexOf(condition, at + 1)) {
                String tag = xml.substring(xml.lastIndexOf('<', at), xml.indexOf('>', at) + 1);
                if (!tag.matches("<(else-)?if " + java.util.regex.Pattern.quote(condition) + "\\s*>")) {
                    throw new IllegalStateException("the citation style has " + tag + ": " + condition
                            + " beside another condition, which the rewrite for citeproc-java would change");
                }
            }
        }
        return xml.replace(SUBSEQUENT, "position=\"first\" match=\"none\"")
                .replace(IBID_WITH_LOCATOR, "position=\"ibid\" variable=\"locator\"")
                .replace(DISAMBIGUATE, NEVER)
                .replace(IBID_TERM, "<text value=\"ibid\"/>");
    }

    private static String read(String name) throws IOException {
        try (InputStream in = CitationStyles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
