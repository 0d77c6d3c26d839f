package org.appeal.ui.letter;

/**
 * The formatting buttons and shortcuts, written as the markup a body allows (see
 * {@code docs/templates.md}): bold {@code **…**}, italic {@code *…*}, underline {@code <u>…</u>},
 * superscript {@code <sup>…</sup>}, a link {@code […](https://)}. Applied again to text so marked,
 * the mark comes off. No toolkit.
 */
public final class Formatting {
    /** A format and its marks. */
    public enum Format {
        BOLD("**", "**"), ITALIC("*", "*"), UNDERLINE("<u>", "</u>"), SUPERSCRIPT("<sup>", "</sup>"),
        LINK("[", "](https://)");

        private final String open;
        private final String close;

        Format(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    /**
     * One change to make: replace {@code range} with {@code replacement}, then select {@code selection}.
     */
    public record Edit(TextRange range, String replacement, TextRange selection) {
    }

    private Formatting() {
    }

    public static Edit apply(String text, TextRange selected, Format format) {
        String open = format.open;
        String close = format.close;
        String inside = text.substring(selected.start(), selected.end());
        if (format != Format.LINK) {
            // Marks just outside the selection: take them off.
            if (selected.start() >= open.length() && selected.end() + close.length() <= text.length()
                    && text.startsWith(open, selected.start() - open.length()) && text.startsWith(close, selected.end())
                    && !(format == Format.ITALIC && doubled(text, selected))) {
                TextRange around = new TextRange(selected.start() - open.length(), selected.end() + close.length());
                return new Edit(around, inside, new TextRange(around.start(), around.start() + inside.length()));
            }
            // Marks inside the selection: take them off.
            if (inside.length() >= open.length() + close.length() && inside.startsWith(open) && inside.endsWith(close)
                    && !(format == Format.ITALIC && inside.startsWith("**"))) {
                String bare = inside.substring(open.length(), inside.length() - close.length());
                return new Edit(selected, bare, new TextRange(selected.start(), selected.start() + bare.length()));
            }
        }
        // Spaces stay outside the marks: "**word** " prints, "**word **" would not be bold in Markdown.
        int lead = 0;
        while (lead < inside.length() && Character.isWhitespace(inside.charAt(lead))) {
            lead++;
        }
        int trail = inside.length();
        while (trail > lead && Character.isWhitespace(inside.charAt(trail - 1))) {
            trail--;
        }
        String words = inside.substring(lead, trail);
        String marked = inside.substring(0, lead) + open + words + close + inside.substring(trail);
        int wordsStart = selected.start() + lead + open.length();
        TextRange selection = format == Format.LINK
                ? new TextRange(wordsStart + words.length() + 2, wordsStart + words.length() + close.length() - 1)
                : new TextRange(wordsStart, wordsStart + words.length());
        return new Edit(selected, marked, selection);
    }

    /** Italic's "*" just outside is half of bold's "**". */
    private static boolean doubled(String text, TextRange selected) {
        return selected.start() >= 2 && text.charAt(selected.start() - 2) == '*'
                && selected.end() + 1 < text.length() && text.charAt(selected.end() + 1) == '*';
    }
}
