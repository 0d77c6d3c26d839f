package org.appeal.store.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Made-up documents, each showing one rule of the splitter. */
class ParagraphSplitterTest {
    private final ParagraphSplitter splitter = new ParagraphSplitter();

    @Test
    void numbersMustRunInOrderFromOne() {
        SplitText split = splitter.split("""
                1. First numbered paragraph.
                2024. A year at the start of a line is not paragraph 2.
                2. Second numbered paragraph.
                4. Not paragraph 3, so part of paragraph 2.
                3. Third numbered paragraph.
                """, SourceFormat.TEXT);

        assertThat(split.numberedByDocument()).isTrue();
        assertThat(split.paragraphs()).containsExactly(
                "First numbered paragraph.\n2024. A year at the start of a line is not paragraph 2.",
                "Second numbered paragraph.\n4. Not paragraph 3, so part of paragraph 2.",
                "Third numbered paragraph.");
    }

    @Test
    void aNumberedParagraphGoesOnOnlyWhileTheNextBlockContinuesIt() {
        SplitText split = splitter.split("""
                A made-up covering note.

                1. The first paragraph ends mid-sentence because of a page

                break, and goes on here.

                2. The second paragraph lists:

                (a) one thing;

                (b) another thing.

                Signed by nobody in particular.

                3. The third paragraph.

                ## A heading

                unnumbered text after a heading, even in lower case.
                """, SourceFormat.TEXT);

        assertThat(split.paragraphs()).containsExactly(
                "The first paragraph ends mid-sentence because of a page\n\nbreak, and goes on here.",
                "The second paragraph lists:\n\n(a) one thing;\n\n(b) another thing.",
                "The third paragraph.");
        assertThat(split.unnumbered()).containsExactly("A made-up covering note.", "Signed by nobody in particular.",
                "unnumbered text after a heading, even in lower case.");
    }

    @Test
    void aShortNumberedListDoesNotMakeADocumentNumbered() {
        String text = "A made-up press release opens with a long paragraph of ordinary text, long enough to outweigh"
                + " the list below it by far, as press releases do.\n\n1. One point.\n2. Another point.\n\n"
                + "And it closes with another ordinary paragraph that is also rather longer than the list.";

        SplitText split = splitter.split(text, SourceFormat.TEXT);

        assertThat(split.numberedByDocument()).isFalse();
        assertThat(split.paragraphs()).hasSize(3).element(1).isEqualTo("1. One point.\n2. Another point.");
    }

    @Test
    void longLinesAreParagraphsInPlainTextButNotInMarkdown() {
        String longLine = "This made-up line is a whole paragraph as text copied from a web page often is, far longer"
                + " than anyone would wrap by hand.";
        String text = longLine + "\n" + longLine + "\n";

        assertThat(splitter.split(text, SourceFormat.TEXT).paragraphs()).containsExactly(longLine, longLine);
        assertThat(splitter.split(text, SourceFormat.MARKDOWN).paragraphs()).containsExactly(longLine + "\n" + longLine);
        assertThat(splitter.split(text, SourceFormat.PDF).paragraphs()).hasSize(1);
    }

    @Test
    void headingsAndRulesAreNeverParagraphs() {
        SplitText split = splitter.split("""
                Underlined heading
                ------------------
                First.

                ***

                # Heading
                Second.
                """, SourceFormat.MARKDOWN);

        assertThat(split.paragraphs()).containsExactly("First.", "Second.");
    }

    @Test
    void titleIsTheFirstHeadingElseTheFirstLine() {
        assertThat(TextBlocks.title("Some line\n\n## **Heading in bold** ##\n")).hasValue("Heading in bold");
        assertThat(TextBlocks.title("\n\n  First line  \nsecond\n")).hasValue("First line");
        assertThat(TextBlocks.title("---\n\n")).isEmpty();
        assertThat(TextBlocks.title("word ".repeat(40))).hasValueSatisfying(title -> assertThat(title)
                .hasSizeLessThanOrEqualTo(151).endsWith("word…"));
    }
}
