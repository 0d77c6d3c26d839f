package org.appeal.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample campaign's resolutions, plus made-up later and Council ones. */
class ResolutionChronologyTest {
    private static final LocalDate LETTER = LocalDate.of(2025, 10, 28);

    private static Resolution ga(int session, int number, LocalDate adopted) {
        return new Resolution("a-res-" + session + "-" + number, "A/RES/" + session + "/" + number, UnBody.GA,
                session, adopted, "", Resolution.Adoption.UNKNOWN, "");
    }

    private static final List<Resolution> SAMPLE = List.of(
            ga(79, 181, LocalDate.of(2024, 12, 17)),
            ga(73, 180, null),
            ga(78, 218, LocalDate.of(2023, 12, 19)),
            ga(75, 190, null),
            ga(74, 166, null));

    @Test
    void recentAreTheLastDatedOnesOldestFirst() {
        assertThat(ResolutionChronology.recent(SAMPLE, UnBody.GA, LETTER, 2)).extracting(Resolution::symbol)
                .containsExactly("A/RES/78/218", "A/RES/79/181");
        assertThat(ResolutionChronology.recent(SAMPLE, null, LETTER, 1)).extracting(Resolution::symbol)
                .containsExactly("A/RES/79/181");
        assertThat(ResolutionChronology.recent(SAMPLE, UnBody.HRC, LETTER, 2)).isEmpty();
    }

    @Test
    void aResolutionAdoptedAfterTheLetterIsNotYetHistory() {
        List<Resolution> withLater = new java.util.ArrayList<>(SAMPLE);
        withLater.add(ga(80, 999, LocalDate.of(2025, 12, 16)));

        assertThat(ResolutionChronology.recent(withLater, UnBody.GA, LETTER, 2)).extracting(Resolution::symbol)
                .containsExactly("A/RES/78/218", "A/RES/79/181");
        assertThat(ResolutionChronology.of(withLater, UnBody.GA, LETTER)).extracting(Resolution::symbol)
                .containsExactly("A/RES/73/180", "A/RES/74/166", "A/RES/75/190", "A/RES/78/218", "A/RES/79/181");
    }

    @Test
    void acrossBodiesTheDayOrders() {
        Resolution council = new Resolution("hrc", "A/HRC/RES/55/21", UnBody.HRC, 55, LocalDate.of(2024, 4, 4), "",
                Resolution.Adoption.WITHOUT_VOTE, "");
        List<Resolution> both = List.of(SAMPLE.get(0), council, SAMPLE.get(2));

        assertThat(ResolutionChronology.recent(both, null, LETTER, 3)).extracting(Resolution::id)
                .containsExactly("a-res-78-218", "hrc", "a-res-79-181");
    }
}
