package org.appeal.compose;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Placing a printed line in the letter's blocks and the body's paragraphs (issue 12). Made-up letters. */
class LetterBlocksTest {
    @Test
    void paragraphsAreSeparatedByBlankLinesAndKeepNoneOfThem() {
        String body = "\n\nFirst line\nstill first\r\n  \r\nSecond\n\n\n\nThird";
        assertThat(BodyParagraphs.of(body)).extracting(r -> body.substring(r.start(), r.end()))
                .containsExactly("First line\nstill first", "Second", "Third");
        assertThat(BodyParagraphs.of("")).isEmpty();
    }

    @Test
    void aParagraphsOwnWordsLeaveOutReferencesDirectivesCitationsAndMarkup() {
        assertThat(BodyParagraphs.ownWords("We **urge** $addressee.name [see @coi-2014] to <u>act</u> #if($x)now#end,"
                + " [cited words](@coi-2014) for US&#36;5.\n\nNext."))
                .containsExactly(List.of("we", "urge", "to", "act", "now", "cited", "words", "for", "us", "5"), List.of("next"));
    }

    @Test
    void printedWordsIgnorePunctuationCaseAndLigatures() {
        assertThat(PrintedWords.of("Co-sponsoring the “80ᵗʰ” ﬁnal Session; 대한민국 인권")).containsExactly(
                "co", "sponsoring", "the", "80th", "final", "session", "대한민국", "인권");
    }

    private static final String HTML = """
            <html><body><p class="date">1 May 2025</p><div class="addressee"><p class="lines">President Example<br/>
            1 Example Road</p></div><p class="salutation">Dear President,</p>
            <div class="body">
            <p>We urge your government to act on the <strong>situation</strong> now.</p>
            <p>Sam Example said so in 2014, and we thank you.</p>
            <p>Thank you.</p>
            </div><p class="closing">Thank you.</p><div class="signatories"><p class="signatory">Example Rights Watch</p></div>
            </body></html>""";

    @Test
    void theBodysBlocksArePlacedAmongTheOthersAndNumberedByParagraph() {
        String body = "We urge your government to act on the **situation** now.\n\n$quoted said so in 2014, and we thank you."
                + "\n\nThank you.";
        List<LetterBlocks.Block> blocks = LetterBlocks.of(HTML, body);
        assertThat(blocks).extracting(LetterBlocks.Block::paragraph).containsExactly(-1, -1, -1, 0, 1, 2, -1, -1);
        assertThat(blocks.get(3).words()).startsWith("we", "urge");
    }

    @Test
    void aParagraphThatPrintsNothingIsPassedOverByItsWords() {
        String body = "We urge your government to act on the **situation** now.\n\n#if($letter.flag)\n\n"
                + "Sam Example said so in 2014, and we thank you.\n\n#end\n\nThank you.";
        assertThat(LetterBlocks.of(HTML, body)).extracting(LetterBlocks.Block::paragraph)
                .containsExactly(-1, -1, -1, 0, 2, 4, -1, -1);
    }

    @Test
    void aLineIsPlacedByItsWordsAndAShortLineByItsNeighbours() {
        String body = "We urge your government to act on the situation now.\n\nSam Example said so in 2014, and we thank you."
                + "\n\nThank you.";
        List<LetterBlocks.Block> blocks = LetterBlocks.of(HTML, body);
        List<List<String>> page = List.of(PrintedWords.of("1 May 2025"), PrintedWords.of("President Example"),
                PrintedWords.of("1 Example Road"), PrintedWords.of("Dear President,"),
                PrintedWords.of("We urge your government to act on the"), PrintedWords.of("situation now."),
                PrintedWords.of("Sam Example said so in 2014, and we"), PrintedWords.of("thank you."),
                PrintedWords.of("Thank you."), PrintedWords.of("Thank you."), PrintedWords.of("Example Rights Watch"),
                PrintedWords.of("2"));
        assertThat(LetterBlocks.blockOf(page, 5, blocks)).map(LetterBlocks.Block::paragraph).contains(0);
        assertThat(LetterBlocks.blockOf(page, 6, blocks)).map(LetterBlocks.Block::paragraph).contains(1);
        // "thank you." is in three blocks: the lines around it say which.
        assertThat(LetterBlocks.blockOf(page, 7, blocks)).map(LetterBlocks.Block::paragraph).contains(1);
        assertThat(LetterBlocks.blockOf(page, 8, blocks)).map(LetterBlocks.Block::paragraph).contains(2);
        assertThat(LetterBlocks.blockOf(page, 9, blocks)).map(LetterBlocks.Block::inBody).contains(false);
        assertThat(LetterBlocks.blockOf(page, 1, blocks)).map(LetterBlocks.Block::inBody).contains(false);
        assertThat(LetterBlocks.blockOf(page, 10, blocks)).map(LetterBlocks.Block::inBody).contains(false);
        assertThat(LetterBlocks.blockOf(page, 11, blocks)).isEmpty();  // a page number is in no block
    }

    @Test
    void withoutABodyDivisionNothingIsTheBodys() {
        List<LetterBlocks.Block> blocks = LetterBlocks.of("<p>We urge you.</p><p>Thank you.</p>", "We urge you.");
        assertThat(blocks).extracting(LetterBlocks.Block::inBody).containsExactly(false, false);
    }
}
