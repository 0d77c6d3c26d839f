package org.appeal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A paragraph pinpoint beyond what an {@code int} holds, or a range up to its largest value, is
 * checked like any paragraph the source does not have. It used to throw NumberFormatException, or
 * to count to the end of {@code int} and wrap around for ever (found reading the code while
 * writing the fuzz tests: the fuzzed body renders against the sample's fixed evidence).
 */
class QuoteCheckPinpointRangeTest {
    // Made-up source with three paragraphs.
    private static final Source SOURCE = new Source("made-up", "A made-up report", "Made-up Body", "",
            LocalDate.of(2030, 1, 1), "", List.of("First paragraph.", "Second paragraph.", "Third paragraph."));

    private static QuoteCheck check(String quote, String paragraphs) {
        return QuoteCheck.of(new Evidence("key", SOURCE.id(), quote, new Pinpoint(Pinpoint.Unit.PARAGRAPH, paragraphs)),
                Optional.of(SOURCE));
    }

    @Test
    void aParagraphNumberTooLongForAnIntIsOneTheSourceDoesNotHave() {
        QuoteCheck result = check("Second paragraph", "99999999999");

        assertThat(result.status()).isEqualTo(QuoteCheck.Status.WRONG_PINPOINT);
        assertThat(result.message()).isEqualTo("the quote is in para. 2, not para. 99999999999");
    }

    @Test
    void aRangeUpToTheLargestIntEndsAtTheSourcesLastParagraph() {
        QuoteCheck result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> check("Third paragraph",
                "2-" + Integer.MAX_VALUE));

        assertThat(result.status()).isEqualTo(QuoteCheck.Status.VERIFIED);
    }

    @Test
    void leadingZerosStillNameTheParagraph() {
        assertThat(check("First paragraph", "0000000001").status()).isEqualTo(QuoteCheck.Status.VERIFIED);
    }
}
