package org.appeal.compose;

import com.itextpdf.styledxmlparser.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The inline styles of pasted text that a letter body can say (bold, italic, underline, strikethrough,
 * superscript, subscript, a link to an {@code http}, {@code https} or {@code mailto} address); fonts,
 * colours and sizes are not among them.
 *
 * @param link the address the text links to, or null
 */
record PastedStyle(boolean bold, boolean italic, boolean underline, boolean strike, boolean sup, boolean sub,
                   String link) {
    static final PastedStyle PLAIN = new PastedStyle(false, false, false, false, false, false, null);

    private static final Set<String> ITALIC_TAGS = Set.of("i", "em", "cite", "dfn", "var");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** The style inside {@code element}: what its tag says, then what its own {@code style} attribute says. */
    PastedStyle within(Element element) {
        boolean b = bold;
        boolean i = italic;
        boolean u = underline;
        boolean s = strike;
        boolean up = sup;
        boolean down = sub;
        String href = link;
        String tag = element.normalName();
        switch (tag) {
            case "b", "strong" -> b = true;
            case "u", "ins" -> u = true;
            case "s", "strike", "del" -> s = true;
            case "sup" -> { up = true; down = false; }
            case "sub" -> { down = true; up = false; }
            case "a" -> href = linkTarget(element.attr("href")).orElse(href);
            default -> {
                b |= HEADINGS.contains(tag);
                i |= ITALIC_TAGS.contains(tag);
            }
        }
        // Google Docs wraps a whole paste in <b style="font-weight:normal">: the style attribute has the last word.
        for (String declaration : element.attr("style").split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            switch (property) {
                case "font-weight" -> b = weightIsBold(value, b);
                case "font-style" -> i = value.startsWith("italic") || value.startsWith("oblique");
                case "text-decoration", "text-decoration-line" -> {
                    // A decoration drawn by a parent cannot be taken off by a child in CSS either.
                    u |= value.contains("underline");
                    s |= value.contains("line-through");
                }
                case "vertical-align" -> {
                    up = value.startsWith("super");
                    down = value.startsWith("sub");
                }
                default -> { }
            }
        }
        return new PastedStyle(b, i, u, s, up, down, href);
    }

    private static boolean weightIsBold(String value, boolean inherited) {
        return switch (value) {
            case "bold", "bolder" -> true;
            case "normal", "lighter" -> false;
            default -> {
                try {
                    yield Integer.parseInt(value) >= 600;
                } catch (NumberFormatException notANumber) {
                    yield inherited;
                }
            }
        };
    }

    /** The address a link may keep: http, https and mailto only, as the body allows (docs/templates.md). */
    static java.util.Optional<String> linkTarget(String href) {
        String target = href == null ? "" : href.strip();
        String lower = target.toLowerCase(Locale.ROOT);
        boolean allowed = lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
        return allowed && target.length() > lower.indexOf(':') + 1 ? java.util.Optional.of(target) : java.util.Optional.empty();
    }

    /** The styles two stretches share (the spaces between them take these). */
    PastedStyle common(PastedStyle other) {
        return new PastedStyle(bold && other.bold, italic && other.italic, underline && other.underline,
                strike && other.strike, sup && other.sup, sub && other.sub,
                Objects.equals(link, other.link) ? link : null);
    }
}
