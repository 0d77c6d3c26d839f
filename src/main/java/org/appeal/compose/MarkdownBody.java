package org.appeal.compose;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a letter body (Markdown) and a subject line into HTML. Raw HTML is not allowed through,
 * except a small set of inline tags that letters use for emphasis ({@code <u>} on cited words,
 * {@code <sup>} in "80<sup>th</sup>"); any other tag is printed as the text it is.
 */
final class MarkdownBody {
    /** The inline tags a letter may use, besides {@code <br>}. */
    static final String INLINE_TAGS = "u|sup|sub|em|strong|i|b|s";
    private static final Pattern ALLOWED_INLINE =
            Pattern.compile("</?(" + INLINE_TAGS + ")>|<br ?/?>", Pattern.CASE_INSENSITIVE);

    private static final Pattern CITED = Pattern.compile("@" + CitationSyntax.KEY);

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    Html toHtml(String markdown) {
        return toHtml(markdown, key -> Optional.empty());
    }

    /**
     * With cited words: a link whose target is a citation key ({@code [words](@coi-2014)}) becomes
     * the words underlined and linked to what {@code citedLinks} gives for the key, or only
     * underlined when it gives nothing.
     */
    Html toHtml(String markdown, Function<String, Optional<String>> citedLinks) {
        Node document = parser.parse(markdown);
        allowlist(document);
        citedWords(document, citedLinks);
        return new Html(renderer.render(document).strip());
    }

    private static void citedWords(Node document, Function<String, Optional<String>> citedLinks) {
        List<Link> cited = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (CITED.matcher(link.getDestination()).matches()) {
                    cited.add(link);
                }
                visitChildren(link);
            }
        });
        for (Link link : cited) {
            Optional<String> url = citedLinks.apply(link.getDestination().substring(1));
            link.prependChild(new HtmlInline());
            ((HtmlInline) link.getFirstChild()).setLiteral("<u>");
            HtmlInline close = new HtmlInline();
            close.setLiteral("</u>");
            link.appendChild(close);
            if (url.isPresent()) {
                link.setDestination(url.get());
                link.setTitle(null);
            } else {
                Node child = link.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    link.insertBefore(child);
                    child = next;
                }
                link.unlink();
            }
        }
    }

    /** One line of inline markup, without the paragraph CommonMark wraps it in. */
    Html inline(String markdown) {
        String html = toHtml(markdown.replace('\n', ' ')).value();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        return new Html(html);
    }

    private static void allowlist(Node document) {
        List<Node> disallowed = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                if (!ALLOWED_INLINE.matcher(node.getLiteral()).matches()) {
                    disallowed.add(node);
                }
            }

            @Override
            public void visit(HtmlBlock node) {
                disallowed.add(node);
            }
        });
        for (Node node : disallowed) {
            String literal = node instanceof HtmlInline inline ? inline.getLiteral() : ((HtmlBlock) node).getLiteral();
            Node replacement = new Text(literal.strip());
            if (node instanceof HtmlBlock) {
                Paragraph paragraph = new Paragraph();
                paragraph.appendChild(replacement);
                replacement = paragraph;
            }
            node.insertBefore(replacement);
            node.unlink();
        }
    }
}
