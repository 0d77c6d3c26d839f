package org.appeal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appeal.compose.VersionComparison.Difference;
import org.junit.jupiter.api.Test;

/** Two versions of a body compared paragraph by paragraph, as typed; the texts are made up. */
class VersionComparisonTest {
    private static final String ENGLISH = """
            The Commission found crimes.[@coi-2014] It [said so](@coi-2014) again.

            The Assembly condemned [$history.ga.latest.number](@$history.ga.latest.key) and more.[@a; @b, para. 3]

            Thank you.
            """;

    @Test
    void versionsCitingTheSameWorksInTheSameParagraphsAreInStep() {
        String korean = """
                위원회는 범죄를 확인했습니다.[@coi-2014] 다시 [그렇게 말했습니다](@coi-2014).

                총회는 [$history.ga.latest.number](@$history.ga.latest.key)호를 규탄했습니다.[@a; @b, para. 3]

                감사합니다.
                """;

        assertThat(VersionComparison.compare(ENGLISH, korean)).isEmpty();
        assertThat(VersionComparison.citeInStep(ENGLISH, korean)).isTrue();
        assertThat(VersionComparison.keys(ENGLISH)).containsExactly("coi-2014", "coi-2014",
                "$history.ga.latest.key", "a", "b");
    }

    @Test
    void aDifferentParagraphCountAndDifferentCitationsAreEachNamed() {
        String korean = """
                위원회는 범죄를 확인했습니다.[@coi-2014]

                총회는 규탄했습니다.[@b; @a, para. 3]
                """;

        List<Difference> differences = VersionComparison.compare(ENGLISH, korean);

        assertThat(differences).extracting(Difference::message).containsExactly(
                "the first version has 3 paragraphs, the second 2",
                "paragraph 1 cites @coi-2014, @coi-2014 in the first version and @coi-2014 in the second",
                "paragraph 2 cites @$history.ga.latest.key, @a, @b in the first version and @b, @a in the second");
        assertThat(differences.get(2).paragraph()).isEqualTo(2);
        assertThat(differences.get(2).second()).containsExactly("b", "a");
        assertThat(VersionComparison.citeInStep(ENGLISH, korean)).isFalse();
        assertThat(VersionComparison.firstCitationApart(ENGLISH, korean))
                .contains("citation 2 is @coi-2014 in the first version and @b in the second");
        assertThat(VersionComparison.firstCitationApart(ENGLISH, ENGLISH)).isEmpty();
    }

    @Test
    void escapedBracketsAreNoCitationsAndBlankLinesOfSpacesSeparateParagraphs() {
        assertThat(VersionComparison.keys("Not \\[@coi-2014] cited.")).isEmpty();
        assertThat(VersionComparison.paragraphs("One\n  \nTwo\r\n\r\nThree\n")).containsExactly("One", "Two", "Three");
    }
}
