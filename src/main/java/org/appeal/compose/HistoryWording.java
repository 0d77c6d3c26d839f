package org.appeal.compose;

import org.appeal.compose.view.HistoryHeadings;
import org.appeal.domain.CoSponsorshipRun;
import org.appeal.domain.Resolution;
import org.appeal.domain.SponsorshipStatus;
import org.appeal.domain.UnBody;
import org.appeal.domain.Vote;
import org.appeal.domain.YearPart;

/**
 * The words the resolution history is told in. They live here, not in templates, because they
 * are computed from the data ("Every year from 2008 to 2018") and one layout serves every language.
 */
interface HistoryWording {
    static HistoryWording forLanguage(String language) {
        return org.appeal.domain.Script.of(language) == org.appeal.domain.Script.HANGUL ? new KoreanHistoryWording()
                : new EnglishHistoryWording();
    }

    /** A span of time as a sentence begins with it ("Between 2019 and 2022"); {@code part} for a part of a year. */
    String time(CoSponsorshipRun.Span span, int from, int to, YearPart part);

    /** The same words inside a sentence. */
    String inSentence(String sentenceStart);

    String status(SponsorshipStatus status);

    /** A year whose records for one body differ (two sessions, two decisions). */
    String mixed();

    String body(UnBody body);

    /** Empty for {@link Resolution.Adoption#UNKNOWN}: a letter says nothing rather than "unknown". */
    String adoption(Resolution.Adoption adoption);

    String vote(Vote.Choice choice);

    HistoryHeadings headings(String state);
}
