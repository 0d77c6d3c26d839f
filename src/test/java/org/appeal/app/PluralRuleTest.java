package org.appeal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The CLDR plural categories of English and Korean. */
class PluralRuleTest {
    @Test
    void englishHasOneForExactlyOneAndOtherForEveryOtherCount() {
        PluralRule english = PluralRule.of(Locale.ENGLISH);

        assertThat(english.categoryOf(1)).isEqualTo(PluralRule.Category.ONE);
        assertThat(LongStream.of(0, 2, 3, 11, 21, 101)).allSatisfy(n ->
                assertThat(english.categoryOf(n)).isEqualTo(PluralRule.Category.OTHER));
    }

    @Test
    void koreanHasOneFormForEveryCount() {
        PluralRule korean = PluralRule.of(Locale.KOREAN);

        assertThat(LongStream.of(0, 1, 2, 100)).allSatisfy(n ->
                assertThat(korean.categoryOf(n)).isEqualTo(PluralRule.Category.OTHER));
    }

    @Test
    void aLanguageWithoutARuleIsRefused() {
        assertThatThrownBy(() -> PluralRule.of(Locale.forLanguageTag("ar")))
                .hasMessage("no plural rule for the language 'ar'");
    }
}
