package org.appeal.store.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a document's text into blocks, dropping what is not paragraph text: blank lines, headings
 * ("# Title", or a line underlined with "===" or "---") and rules ("---", "***"). Markdown headings
 * are recognised in plain text too, where they mean the same thing (the UN documents among the
 * seed sources are text files written that way).
 */
final class TextBlocks {
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t#]*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern UNDERLINE = Pattern.compile("^ {0,3}(?:={3,}|-{3,})[ \\t]*$");
    private static final Pattern EMPHASIS = Pattern.compile("^(\\*\\*|__|\\*|_)(.+)\\1$");
    /** A first line can be a whole paragraph (press releases start without a heading); a title is shorter. */
    private static final int TITLE_LENGTH = 150;

    private TextBlocks() {
    }

    static List<TextBlock> of(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int firstLine = 0;
        boolean afterHeading = false;
        boolean blockAfterHeading = false;
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            boolean underlinesBlock = !lines.isEmpty() && UNDERLINE.matcher(line).matches();
            if (underlinesBlock) {
                // The lines above were a heading, not a paragraph.
                lines.clear();
                afterHeading = true;
            } else if (line.isBlank() || ATX_HEADING.matcher(line).matches() || RULE.matcher(line).matches()) {
                close(blocks, lines, firstLine, blockAfterHeading);
                afterHeading |= !line.isBlank();
            } else {
                if (lines.isEmpty()) {
                    firstLine = i + 1;
                    blockAfterHeading = afterHeading;
                    afterHeading = false;
                }
                lines.add(line);
            }
        }
        close(blocks, lines, firstLine, blockAfterHeading);
        return blocks;
    }

    private static void close(List<TextBlock> blocks, List<String> lines, int firstLine, boolean afterHeading) {
        if (!lines.isEmpty()) {
            blocks.add(new TextBlock(lines, firstLine, afterHeading));
            lines.clear();
        }
    }

    /**
     * What a document calls itself: its first heading ("# General Assembly" gives "General
     * Assembly"), else its first line of text; emphasis around it is dropped, and a line longer
     * than a title would be is cut at a word and marked with "…".
     */
    static Optional<String> title(String text) {
        String[] all = text.split("\n", -1);
        String firstLine = null;
        for (int i = 0; i < all.length; i++) {
            Matcher atx = ATX_HEADING.matcher(all[i]);
            if (atx.matches() && atx.group(2) != null && !atx.group(2).isBlank()) {
                return Optional.of(plain(atx.group(2)));
            }
            boolean underlined = i + 1 < all.length && !all[i].isBlank() && UNDERLINE.matcher(all[i + 1]).matches()
                    && !RULE.matcher(all[i]).matches();
            if (underlined) {
                return Optional.of(plain(all[i]));
            }
            if (firstLine == null && !all[i].isBlank() && !RULE.matcher(all[i]).matches()) {
                firstLine = all[i];
            }
        }
        return Optional.ofNullable(firstLine).map(TextBlocks::plain);
    }

    private static String plain(String heading) {
        String s = heading.strip();
        Matcher m = EMPHASIS.matcher(s);
        while (m.matches()) {
            s = m.group(2).strip();
            m = EMPHASIS.matcher(s);
        }
        if (s.codePointCount(0, s.length()) <= TITLE_LENGTH) {
            return s;
        }
        String cut = s.substring(0, s.offsetByCodePoints(0, TITLE_LENGTH));
        int space = cut.lastIndexOf(' ');
        return (space > 0 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }
}
