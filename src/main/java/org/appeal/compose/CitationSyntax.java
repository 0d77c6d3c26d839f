package org.appeal.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeal.domain.Pinpoint;

/**
 * How a letter body cites, in pandoc's notation:
 * <ul>
 *   <li>{@code [@coi-2014]}, {@code [@rok-pledges-2024, para. 8]}, {@code [see @a; also @b, p. 3]}: a
 *       citation, which becomes a numbered note (or is refused in a letter that cites with links);</li>
 *   <li>{@code [the cited words](@coi-2014)}: the words themselves cite the work, as a link to it.</li>
 * </ul>
 * A citation stays on one line. A backslash before the bracket ({@code \[@x]}) keeps it literal text,
 * and values a template inserts are escaped that way, so no data can become a citation.
 */
final class CitationSyntax {
    static final String KEY = "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.:/-]*[\\p{L}\\p{N}_])?";
    /** A bracketed citation: not escaped, not a link's text (no "(" or "[" after it). */
    static final Pattern CITATION = Pattern.compile("(?<!\\\\)\\[([^\\[\\]\\n]*?@" + KEY + "[^\\[\\]\\n]*)](?![(\\[{])");
    /** The end of a link whose target is a citation key: {@code ](@coi-2014)}. */
    static final Pattern LINK_TARGET = Pattern.compile("]\\(@(" + KEY + ")\\)");
    private static final Pattern ITEM = Pattern.compile("\\s*([^@]*?)\\s*@(" + KEY + ")\\s*(?:,\\s*(.*))?",
            Pattern.DOTALL);
    private static final Pattern LOCATOR = Pattern.compile(
            "(paras?\\.?|paragraphs?|¶¶?|pp?\\.|pages?|secs?\\.|sections?|§§?)\\s*([\\p{N}][\\p{N}\\p{L}.–-]*(?:\\s*[-–,]\\s*[\\p{N}][\\p{N}\\p{L}.]*)*)\\s*(?:,\\s*(.*))?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private CitationSyntax() {
    }

    /**
     * The works one bracketed citation cites ({@code inner} is the text between the brackets), or
     * empty when it is not a citation after all (an item without a key, as in {@code [see above @]}).
     */
    static Optional<List<CiteItem>> items(String inner) {
        List<CiteItem> items = new ArrayList<>();
        for (String part : inner.split(";")) {
            Matcher item = ITEM.matcher(part);
            if (!item.matches()) {
                return Optional.empty();
            }
            Pinpoint locator = null;
            String suffix = item.group(3);
            if (suffix != null) {
                Matcher l = LOCATOR.matcher(suffix.strip());
                if (l.matches()) {
                    locator = new Pinpoint(unit(l.group(1)), l.group(2).strip());
                    suffix = l.group(3);
                }
            }
            items.add(new CiteItem(item.group(2), item.group(1), locator, suffix));
        }
        return Optional.of(items);
    }

    private static Pinpoint.Unit unit(String label) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        if (l.startsWith("p") && !l.startsWith("para")) {
            return Pinpoint.Unit.PAGE;
        }
        if (l.startsWith("s") || l.startsWith("§")) {
            return Pinpoint.Unit.SECTION;
        }
        return Pinpoint.Unit.PARAGRAPH;
    }

    /** Where a key is cited in the body as the writer typed it, for problems that name line and column. */
    record Use(String key, int line, int column, boolean link) {
    }

    /** Every key the raw body cites, in order, with its 1-based line and column. */
    static List<Use> uses(String body) {
        List<Use> uses = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher citation = CITATION.matcher(line);
            while (citation.find()) {
                Optional<List<CiteItem>> items = items(citation.group(1));
                if (items.isEmpty()) {
                    continue;
                }
                for (CiteItem item : items.get()) {
                    int at = line.indexOf("@" + item.key(), citation.start());
                    uses.add(new Use(item.key(), i + 1, at + 1, false));
                }
            }
            Matcher link = LINK_TARGET.matcher(line);
            while (link.find()) {
                uses.add(new Use(link.group(1), i + 1, link.start(1), true));
            }
        }
        return uses;
    }
}
