package org.appeal.store.bundle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a source in a bundle, block by block as the library keeps it: a line {@code ¶ 8}
 * starts paragraph 8, a line {@code ¶} alone starts a block outside the numbered paragraphs (a
 * covering note, say). The block's text is every line up to the next such line, blank lines
 * included, since a paragraph cut by a page break keeps its break. Text outside the paragraphs is
 * written first; paragraphs follow in their order, numbered from 1.
 *
 * <p>A text line that itself starts with {@code ¶} gets a backslash in front ({@code \¶}), so
 * no text is ever read as a marker; the reader drops that one backslash again.
 */
final class SourceTextFile {
    static final char MARK = '¶';
    private static final Pattern MARKER = Pattern.compile("¶(?: (\\d+))?");

    /** What a text file holds, or the problem that stopped reading it. */
    record Text(List<String> paragraphs, List<String> unnumbered, long problemLine, String problem) {
    }

    private SourceTextFile() {
    }

    static String write(List<String> paragraphs, List<String> unnumbered) {
        StringBuilder out = new StringBuilder();
        for (String block : unnumbered) {
            out.append(MARK).append('\n');
            append(out, block);
        }
        for (int n = 1; n <= paragraphs.size(); n++) {
            out.append(MARK).append(' ').append(n).append('\n');
            append(out, paragraphs.get(n - 1));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String block) {
        for (String line : LineBreaks.normalize(block).split("\n", -1)) {
            if (!line.isEmpty() && (line.charAt(0) == MARK || line.startsWith("\\" + MARK))) {
                out.append('\\');
            }
            out.append(line).append('\n');
        }
    }

    static Text read(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> unnumbered = new ArrayList<>();
        if (text.isEmpty()) {
            return new Text(paragraphs, unnumbered, 0, null);
        }
        String[] lines = (text.endsWith("\n") ? text.substring(0, text.length() - 1) : text).split("\n", -1);
        List<String> current = null;
        boolean numbered = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                close(current, numbered, paragraphs, unnumbered);
                numbered = marker.group(1) != null;
                if (numbered && !new BigInteger(marker.group(1)).equals(BigInteger.valueOf(paragraphs.size() + 1L))) {
                    return new Text(paragraphs, unnumbered, i + 1L, "expected paragraph " + (paragraphs.size() + 1)
                            + " here, found '" + line + "' (paragraphs are numbered 1, 2, 3, ... in order)");
                }
                current = new ArrayList<>();
            } else if (current == null) {
                return new Text(paragraphs, unnumbered, i + 1L, "a source text starts with a line '¶ 1' (paragraph 1)"
                        + " or '¶' (text outside the numbered paragraphs)");
            } else {
                current.add(line.startsWith("\\" + MARK) ? line.substring(1) : line);
            }
        }
        close(current, numbered, paragraphs, unnumbered);
        return new Text(paragraphs, unnumbered, 0, null);
    }

    private static void close(List<String> lines, boolean numbered, List<String> paragraphs, List<String> unnumbered) {
        if (lines != null) {
            (numbered ? paragraphs : unnumbered).add(String.join("\n", lines));
        }
    }
}
