package org.appeal.compose;

import com.itextpdf.styledxmlparser.jsoup.Jsoup;
import com.itextpdf.styledxmlparser.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The blocks of a rendered letter (its paragraphs, address, signatories…) with the words each
 * printed, and for those of the body ({@code <div class="body">} in the layout) which paragraph of
 * the body's text printed them; and which block a line of the printed page belongs to.
 */
public final class LetterBlocks {
    /**
     * A block and its printed words.
     *
     * @param paragraph the body paragraph that printed it (an index into {@link BodyParagraphs#of}), or -1
     */
    public record Block(int paragraph, List<String> words) {
        public Block {
            words = List.copyOf(words);
        }

        public boolean inBody() {
            return paragraph >= 0;
        }
    }

    /** Below this share of its word pairs found in its block, a line is placed nowhere. */
    private static final double ENOUGH = 0.5;

    private LetterBlocks() {
    }

    /** The letter's blocks in the order of its HTML; without a {@code div.body} none is the body's. */
    public static List<Block> of(String html, String body) {
        Element document = Jsoup.parse(html).body();
        Element bodyDiv = document.selectFirst("div.body");
        List<Block> blocks = new ArrayList<>();
        if (bodyDiv == null) {
            outside(document, null, blocks);
            return blocks;
        }
        outside(document, bodyDiv, blocks);
        List<Element> printed = bodyDiv.children();
        int[] paragraphs = paragraphsOf(printed, BodyParagraphs.ownWords(body));
        int at = 0;
        while (blocks.get(at).paragraph() != -2) {
            at++;  // the body's blocks go where the body stands among the others
        }
        blocks.remove(at);
        for (int i = 0; i < printed.size(); i++) {
            blocks.add(at + i, new Block(paragraphs[i], PrintedWords.of(printed.get(i).text())));
        }
        return blocks;
    }

    /** Every element outside the body with words of its own; the body itself as a place-holder (paragraph -2). */
    private static void outside(Element element, Element bodyDiv, List<Block> blocks) {
        if (element == bodyDiv) {
            blocks.add(new Block(-2, List.of()));
            return;
        }
        if (!element.ownText().isBlank()) {
            blocks.add(new Block(-1, PrintedWords.of(element.text())));
        }
        for (Element child : element.children()) {
            outside(child, bodyDiv, blocks);
        }
    }

    /**
     * Which paragraph printed each block of the body: in turn when there are as many blocks as paragraphs;
     * otherwise (a directive that prints no paragraph, a loop that prints several) by the paragraph's own
     * words, going forward through the body.
     */
    private static int[] paragraphsOf(List<Element> printed, List<List<String>> ownWords) {
        int[] paragraphs = new int[printed.size()];
        if (printed.size() == ownWords.size()) {
            for (int i = 0; i < paragraphs.length; i++) {
                paragraphs[i] = i;
            }
            return paragraphs;
        }
        int cursor = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            Set<String> block = PrintedWords.index(PrintedWords.of(printed.get(i).text()));
            int best = Math.min(cursor, ownWords.size() - 1);
            double bestShare = 0;
            for (int p = cursor; p < ownWords.size(); p++) {
                double share = PrintedWords.share(PrintedWords.query(ownWords.get(p)), block);
                if (share > bestShare) {
                    best = p;
                    bestShare = share;
                }
            }
            paragraphs[i] = best;
            cursor = Math.max(best, 0);
        }
        return paragraphs;
    }

    /**
     * The block the line {@code clicked} of a page belongs to. The page's words are aligned, in order, with
     * the words of the whole letter (their longest common subsequence), so that a line found in several
     * blocks (a short line such as "Thank you.") goes to the block its place on the page says; the block
     * must then hold at least half of the line's word pairs (a page number or a note lines up with nothing).
     *
     * @param lines the page's printed lines, top to bottom, as {@link PrintedWords#of} words
     */
    public static Optional<Block> blockOf(List<List<String>> lines, int clicked, List<Block> blocks) {
        List<String> page = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            page.addAll(lines.get(l));
            lineOf.addAll(java.util.Collections.nCopies(lines.get(l).size(), l));
        }
        List<String> letter = new ArrayList<>();
        List<Integer> blockOf = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            letter.addAll(blocks.get(b).words());
            blockOf.addAll(java.util.Collections.nCopies(blocks.get(b).words().size(), b));
        }
        int[] matched = align(page, letter);
        java.util.Map<Integer, Integer> votes = new java.util.HashMap<>();
        for (int w = 0; w < page.size(); w++) {
            if (lineOf.get(w) == clicked && matched[w] >= 0) {
                votes.merge(blockOf.get(matched[w]), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .max(java.util.Map.Entry.<Integer, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey(
                        java.util.Comparator.reverseOrder())))
                .map(e -> blocks.get(e.getKey()))
                .filter(block -> PrintedWords.share(PrintedWords.query(lines.get(clicked)),
                        PrintedWords.index(block.words())) >= ENOUGH);
    }

    /** For each word of {@code page}, the word of {@code letter} it lines up with, or -1. */
    private static int[] align(List<String> page, List<String> letter) {
        int n = page.size();
        int m = letter.size();
        // One byte a cell for the way back, two rows of lengths: a page against a long letter stays small.
        byte[] way = new byte[(n + 1) * (m + 1)];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                if (page.get(i - 1).equals(letter.get(j - 1))) {
                    current[j] = previous[j - 1] + 1;
                    way[i * (m + 1) + j] = 1;
                } else if (previous[j] >= current[j - 1]) {
                    current[j] = previous[j];
                    way[i * (m + 1) + j] = 2;
                } else {
                    current[j] = current[j - 1];
                    way[i * (m + 1) + j] = 3;
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int[] matched = new int[n];
        java.util.Arrays.fill(matched, -1);
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            byte step = way[i * (m + 1) + j];
            if (step == 1) {
                matched[i - 1] = j - 1;
                i--;
                j--;
            } else if (step == 2) {
                i--;
            } else {
                j--;
            }
        }
        return matched;
    }
}
