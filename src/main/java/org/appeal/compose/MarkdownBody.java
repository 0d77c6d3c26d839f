package org.appeal.compose;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
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
 * {@code <sup>} in "80<sup>th</sup>"); any other tag is printed as the text it is. Links and
 * images go only where {@link BodyTargets} allows; a refused one is left out and reported.
 */
final class MarkdownBody {
    /** The inline tags a letter may use, besides {@code <br>}. */
    static final String INLINE_TAGS = "u|sup|sub|em|strong|i|b|s";
    private static final Pattern ALLOWED_INLINE =
            Pattern.compile("</?(" + INLINE_TAGS + ")>|<br ?/?>", Pattern.CASE_INSENSITIVE);

    private static final Pattern CITED = Pattern.compile("@" + CitationSyntax.KEY);

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    Html toHtml(String markdown, BodyTargets targets) {
        return toHtml(markdown, key -> Optional.empty(), targets);
    }

    /**
     * With cited words: a link whose target is a citation key ({@code [words](@coi-2014)}) becomes
     * the words underlined and linked to what {@code citedLinks} gives for the key, or only
     * underlined when it gives nothing. (Those links lead to the source's URL, which the citations
     * check themselves; every other link and image is put to {@code targets}.)
     */
    Html toHtml(String markdown, Function<String, Optional<String>> citedLinks, BodyTargets targets) {
        Node document = parser.parse(markdown);
        allowlist(document);
        targets(document, targets);
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
                unwrap(link);
            }
        }
    }

    /** Links the targets refuse become their words; images the targets refuse are left out. */
    private static void targets(Node document, BodyTargets targets) {
        List<Link> links = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!CITED.matcher(link.getDestination()).matches()) {
                    links.add(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        for (Link link : links) {
            if (!targets.link(link.getDestination(), lineOf(link))) {
                unwrap(link);
            }
        }
        for (Image image : images) {
            Optional<String> uri = targets.image(image.getDestination(), lineOf(image));
            if (uri.isPresent()) {
                image.setDestination(uri.get());
            } else {
                image.unlink();
            }
        }
    }

    private static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** The node's children take its place. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    /** One line of inline markup, without the paragraph CommonMark wraps it in. */
    Html inline(String markdown, BodyTargets targets) {
        String html = toHtml(markdown.replace('\n', ' '), targets).value();
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
