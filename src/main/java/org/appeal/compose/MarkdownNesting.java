package org.appeal.compose;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * How deeply a Markdown text nests quotes, lists, emphasis and the inline tags a letter may use.
 * The HTML renderer and the PDF layout both go one call deeper per level, so a body nested a few
 * thousand levels deep (a line of {@code >}, or of {@code <sup>}) would overflow the stack; no
 * letter needs more than a few levels, so anything deeper than {@link #MAX_DEPTH} is refused
 * before it is rendered. The text is walked without recursion, so measuring it cannot overflow.
 */
final class MarkdownNesting {
    static final int MAX_DEPTH = 32;

    private static final Pattern OPEN_TAG = Pattern.compile("<(" + MarkdownBody.INLINE_TAGS + ")>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE_TAG = Pattern.compile("</(" + MarkdownBody.INLINE_TAGS + ")>",
            Pattern.CASE_INSENSITIVE);

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private record Visit(Node node, int depth) {
    }

    /**
     * A blocking problem at the first line of {@code markdown} that nests deeper than
     * {@link #MAX_DEPTH}; empty when none does.
     *
     * @param where the name problems in this text are reported under ({@code letter.md})
     */
    Optional<Problem> check(String markdown, String where) {
        Deque<Visit> pending = new ArrayDeque<>();
        pending.push(new Visit(parser.parse(markdown), 0));
        // Inline tags are siblings in the syntax tree but nest in the HTML: counted per block, in text order.
        int openTags = 0;
        while (!pending.isEmpty()) {
            Visit visit = pending.pop();
            Node node = visit.node();
            if (node instanceof Block) {
                openTags = 0;
            } else if (node instanceof HtmlInline tag) {
                if (OPEN_TAG.matcher(tag.getLiteral()).matches()) {
                    openTags++;
                } else if (CLOSE_TAG.matcher(tag.getLiteral()).matches()) {
                    openTags = Math.max(0, openTags - 1);
                }
            }
            if (visit.depth() + openTags > MAX_DEPTH) {
                return Optional.of(Problem.blocking(where, lineOf(node), 0, "quotes, lists, emphasis and inline tags"
                        + " are nested more than " + MAX_DEPTH + " levels deep here; a letter needs only a few"));
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(new Visit(child, visit.depth() + 1));
            }
        }
        return Optional.empty();
    }

    /** The 1-based line where the node's block starts; 0 when unknown. */
    private static int lineOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Block && !n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }
}
