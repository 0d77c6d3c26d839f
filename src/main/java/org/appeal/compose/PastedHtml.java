package org.appeal.compose;

import com.itextpdf.styledxmlparser.jsoup.Jsoup;
import com.itextpdf.styledxmlparser.jsoup.nodes.Element;
import com.itextpdf.styledxmlparser.jsoup.nodes.Node;
import com.itextpdf.styledxmlparser.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * HTML from a word processor's clipboard (LibreOffice, Word, Google Docs, a browser) as a letter
 * body's own markup: paragraphs become paragraphs separated by a blank line; bold, italic,
 * underline, strikethrough, superscript, subscript and links to http, https and mailto addresses
 * become the markup the body allows ({@code **bold**}, {@code *italic*}, {@code <u>…</u>},
 * {@code <sup>…</sup>}, {@code [words](https://…)}); everything else (fonts, colours, sizes,
 * tables' and lists' layout, images, scripts, comments, Word's {@code <o:p>} and list bullets) is
 * left out, keeping the words. The words are escaped so that they print as they were: nothing
 * pasted becomes a reference, a directive, a citation or markup.
 */
public final class PastedHtml {
    /** Elements that start and end a paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "caption", "address", "article",
            "section", "header", "footer", "aside", "nav", "figure", "figcaption", "hr", "body", "center");
    /** Elements left out with all they hold. */
    private static final Set<String> DROPPED = Set.of("head", "title", "meta", "link", "style", "script", "noscript",
            "template", "img", "picture", "svg", "math", "object", "embed", "iframe", "video", "audio", "canvas", "map",
            "input", "button", "select", "textarea", "xml", "o:p");

    private final List<PastedParagraph> paragraphs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<PastedStyle> styles = new ArrayList<>();

    private PastedHtml() {
    }

    /** The body markup for {@code html}; empty when it holds no words. */
    public static String toBody(String html) {
        PastedHtml reader = new PastedHtml();
        reader.walk(Jsoup.parse(html == null ? "" : html).body(), PastedStyle.PLAIN);
        reader.endParagraph();
        return PastedMarkup.write(reader.paragraphs);
    }

    private void walk(Node node, PastedStyle style) {
        if (node instanceof TextNode words) {
            append(words.getWholeText(), style);
            return;
        }
        if (!(node instanceof Element element) || leftOut(element)) {
            return;  // comments (Word's <!--[if …]-->, <!--StartFragment-->), the elements above
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            lineBreak();
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            endParagraph();
        }
        PastedStyle inside = style.within(element);
        for (Node child : element.childNodes()) {
            walk(child, inside);
        }
        if (block) {
            endParagraph();
        }
    }

    private static boolean leftOut(Element element) {
        String tag = element.normalName();
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        // Word writes a list's bullet or number as text in a span marked mso-list:Ignore (in the Symbol font).
        return DROPPED.contains(tag) || tag.startsWith("v:") || tag.startsWith("w:") || tag.startsWith("m:")
                || style.contains("mso-list:ignore") || style.contains("display:none");
    }

    /** Whitespace runs become one space, as HTML shows them; a no-break space is a space too. */
    private void append(String words, PastedStyle style) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
                    add(' ', style);
                }
            } else if (!Character.isISOControl(c) && c != '\u00AD' && c != '\u200B' && c != '\uFEFF') {
                add(c, style);
            }
        }
    }

    private void add(char c, PastedStyle style) {
        text.append(c);
        styles.add(style);
    }

    /** A line break inside a paragraph; two in a row end it (a page whose paragraphs are only breaks). */
    private void lineBreak() {
        trimEnd(' ');
        if (text.length() == 0) {
            return;
        }
        if (text.charAt(text.length() - 1) == '\n') {
            endParagraph();
        } else {
            add('\n', PastedStyle.PLAIN);
        }
    }

    private void endParagraph() {
        while (text.length() > 0 && (text.charAt(text.length() - 1) == ' ' || text.charAt(text.length() - 1) == '\n')) {
            trimEnd(text.charAt(text.length() - 1));
        }
        if (text.length() > 0) {
            paragraphs.add(new PastedParagraph(text.toString(), styles));
        }
        text.setLength(0);
        styles.clear();
    }

    private void trimEnd(char c) {
        if (text.length() > 0 && text.charAt(text.length() - 1) == c) {
            text.setLength(text.length() - 1);
            styles.remove(styles.size() - 1);
        }
    }
}
