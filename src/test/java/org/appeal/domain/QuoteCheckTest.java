package org.appeal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteCheckTest {
    // Paragraphs 8 and 9 of the note verbale of 2 July 2024 (seeds/sources/000_…), as the library keeps them.
    private static final Source PLEDGES = new Source("rok-pledges", "Note verbale", "Permanent Mission", "",
            LocalDate.of(2024, 7, 2), "", List.of("1st", "2nd", "3rd", "4th", "5th", "6th", "7th",
            "The Republic of Korea remains a strong supporter of United Nations human rights mechanisms and has"
                    + " engaged with them in an active and constructive manner. It has had candid and sincere dialogue"
                    + " with United Nations special procedures on various human rights issues. The Republic of Korea"
                    + " has extended a standing invitation to special procedures and supported their visits to the"
                    + " Republic of Korea.",
            "In 2024, the Republic of Korea more than doubled its contributions to OHCHR, from \\$1.9 million in 2023"
                    + " to \\$5 million in 2024."),
            List.of("The Permanent Mission of the Republic of Korea to the United Nations has the honour to refer to"
                    + " the candidature of the Republic of Korea to the Human Rights Council for the term 2025–2027"));
    private static final Source COI = new Source("coi-report", "Report of the commission of inquiry",
            "Human Rights Council", "A/HRC/25/63", LocalDate.of(2014, 2, 7), "", List.of());

    private static QuoteCheck check(String quote, Pinpoint pinpoint, Source source) {
        return QuoteCheck.of(new Evidence("key", source.id(), quote, pinpoint), Optional.of(source));
    }

    @Test
    void aVerbatimQuoteAtItsParagraphIsVerifiedWhateverTheLineBreaksAndQuoteMarks() {
        QuoteCheck result = check("has extended a standing\ninvitation   to special procedures",
                new Pinpoint(Pinpoint.Unit.PARAGRAPH, "8"), PLEDGES);

        assertThat(result.status()).isEqualTo(QuoteCheck.Status.VERIFIED);
        assertThat(result.needsAttention()).isFalse();
        assertThat(check("the Republic of Korea more than doubled its contributions to OHCHR, from $1.9 million",
                new Pinpoint(Pinpoint.Unit.PARAGRAPH, "9"), PLEDGES).status()).isEqualTo(QuoteCheck.Status.VERIFIED);
    }

    @Test
    void curlyAndStraightQuotesAreTheSame() {
        Source withCurly = new Source("s", "", "", "", null, "", List.of("They call it “peace and prosperity” here."));

        assertThat(check("call it \"peace and prosperity\" here", null, withCurly).status())
                .isEqualTo(QuoteCheck.Status.VERIFIED);
    }

    @Test
    void aQuoteAlteredByOneWordFailsAndSaysWhere() {
        QuoteCheck result = check("has extended a permanent invitation to special procedures",
                new Pinpoint(Pinpoint.Unit.PARAGRAPH, "8"), PLEDGES);

        assertThat(result.status()).isEqualTo(QuoteCheck.Status.NOT_VERBATIM);
        assertThat(result.message()).isEqualTo("the quote is not in source 'rok-pledges' as written: it follows"
                + " the source up to 'has extended a', then has 'permanent'");
    }

    @Test
    void aVerbatimQuoteAtAnotherParagraphHasAWrongPinpoint() {
        QuoteCheck result = check("has extended a standing invitation", new Pinpoint(Pinpoint.Unit.PARAGRAPH, "9"),
                PLEDGES);

        assertThat(result.status()).isEqualTo(QuoteCheck.Status.WRONG_PINPOINT);
        assertThat(result.message()).isEqualTo("the quote is in para. 8, not para. 9");
        assertThat(check("has extended a standing invitation", new Pinpoint(Pinpoint.Unit.PARAGRAPH, "40"), PLEDGES)
                .message()).isEqualTo("the quote is in para. 8, not para. 40");
        assertThat(check("has extended a standing invitation", new Pinpoint(Pinpoint.Unit.PARAGRAPH, "8-9"), PLEDGES)
                .status()).isEqualTo(QuoteCheck.Status.VERIFIED);
    }

    @Test
    void anEllipsisStandsForWordsLeftOut() {
        assertThat(check("remains a strong supporter … has extended a standing invitation",
                new Pinpoint(Pinpoint.Unit.PARAGRAPH, "8"), PLEDGES).status()).isEqualTo(QuoteCheck.Status.VERIFIED);
        assertThat(check("has extended a standing invitation [...] remains a strong supporter",
                new Pinpoint(Pinpoint.Unit.PARAGRAPH, "8"), PLEDGES).status()).isEqualTo(QuoteCheck.Status.NOT_VERBATIM);
    }

    @Test
    void textOutsideTheNumberedParagraphsIsFoundWithoutAPinpoint() {
        assertThat(check("has the honour to refer to the candidature", null, PLEDGES).status())
                .isEqualTo(QuoteCheck.Status.VERIFIED);
    }

    @Test
    void aPagePinpointCannotBeCheckedButTheWordsCan() {
        QuoteCheck result = check("candid and sincere dialogue", new Pinpoint(Pinpoint.Unit.PAGE, "3"), PLEDGES);

        assertThat(result.status()).isEqualTo(QuoteCheck.Status.PINPOINT_NOT_CHECKED);
        assertThat(result.message()).contains("p. 3 is not checked");
    }

    @Test
    void aSourceWhoseTextIsNotInTheLibraryIsNotCheckedRatherThanVerified() {
        QuoteCheck result = check("extermination, murder, enslavement, torture", null, COI);

        assertThat(result.status()).isEqualTo(QuoteCheck.Status.NOT_CHECKED);
        assertThat(result.needsAttention()).isTrue();
        assertThat(result.message()).isEqualTo("not checked: the text of source 'coi-report' is not in the library");
        assertThat(QuoteCheck.of(new Evidence("k", "nowhere", "words", null), Optional.empty()).status())
                .isEqualTo(QuoteCheck.Status.NOT_CHECKED);
    }
}
