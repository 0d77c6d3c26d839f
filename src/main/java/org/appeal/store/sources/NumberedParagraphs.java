package org.appeal.store.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the paragraph numbering of a document that has its own, as UN documents do: a line
 * starting "8. " starts paragraph 8, so that "para. 8" of the source is what the document calls
 * paragraph 8.
 *
 * <p>Numbers must run 1, 2, 3 ... in order; a line that starts with any other number ("2024. ",
 * or a "1." inside a paragraph's own list) is ordinary text. A numbered paragraph goes on over
 * blank lines while the next block plainly continues it: it starts in lower case or with a
 * sub-paragraph letter such as "(a)", or the paragraph so far stops mid-sentence (a page break in
 * the original). A heading ends it. Anything else is unnumbered text (a covering note, say).
 */
final class NumberedParagraphs {
    private static final Pattern NUMBERED = Pattern.compile("^ {0,3}(\\d{1,4})\\.[ \\t]+(\\S.*)$");
    private static final Pattern SUB_PARAGRAPH = Pattern.compile("^\\s*\\(?(?:[a-z]{1,4}|\\d{1,2})\\)\\s.*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'”’)\\]*]*\\s*$");

    private NumberedParagraphs() {
    }

    /**
     * The numbered paragraphs, or empty when the document does not number its paragraphs: fewer than
     * two numbered, or numbered paragraphs holding less than half its text (a press release with a
     * short numbered list is not a numbered document).
     */
    static Optional<SplitText> read(List<TextBlock> blocks) {
        List<StringBuilder> numbered = new ArrayList<>();
        List<StringBuilder> unnumbered = new ArrayList<>();
        StringBuilder current = null;
        StringBuilder open = null;
        for (TextBlock block : blocks) {
            if (block.afterHeading()) {
                current = null;
            }
            List<String> lines = block.lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher m = NUMBERED.matcher(line);
                if (m.matches() && Integer.parseInt(m.group(1)) == numbered.size() + 1) {
                    current = new StringBuilder(m.group(2));
                    numbered.add(current);
                    open = current;
                } else if (i == 0 && current != null && continues(current, line)) {
                    // Kept as written, blank line included: stored text is the document's own.
                    current.append("\n\n").append(line);
                    open = current;
                } else if (i == 0) {
                    current = null;
                    open = new StringBuilder(line);
                    unnumbered.add(open);
                } else {
                    open.append('\n').append(line);
                }
            }
        }
        long numberedLength = numbered.stream().mapToLong(StringBuilder::length).sum();
        long unnumberedLength = unnumbered.stream().mapToLong(StringBuilder::length).sum();
        if (numbered.size() < 2 || numberedLength < unnumberedLength) {
            return Optional.empty();
        }
        return Optional.of(new SplitText(strings(numbered), strings(unnumbered), true));
    }

    private static boolean continues(CharSequence paragraph, String line) {
        String start = line.stripLeading();
        return !start.isEmpty() && Character.isLowerCase(start.codePointAt(0))
                || SUB_PARAGRAPH.matcher(line).matches()
                || !SENTENCE_END.matcher(paragraph).find();
    }

    private static List<String> strings(List<StringBuilder> builders) {
        return builders.stream().map(b -> b.toString().stripTrailing()).toList();
    }
}
