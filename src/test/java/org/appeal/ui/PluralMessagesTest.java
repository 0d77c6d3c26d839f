package org.appeal.ui;

import org.appeal.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts take their language's plural form (CLDR rules through PluralRule): never "1 individuals". */
class PluralMessagesTest {
    @Test
    void englishHasOneAndOtherKoreanHasOneFormForEveryCount() {
        Messages english = new Messages(Locale.ENGLISH);
        assertThat(english.plural("count.individuals", 1)).isEqualTo("1 individual");
        assertThat(english.plural("count.individuals", 2)).isEqualTo("2 individuals");
        assertThat(english.plural("count.individuals", 0)).isEqualTo("0 individuals");
        assertThat(english.plural("count.groups", 1)).isEqualTo("1 group");

        Messages korean = new Messages(Locale.KOREAN);
        assertThat(korean.plural("count.individuals", 1)).isEqualTo("개인 1명");
        assertThat(korean.plural("count.individuals", 2)).isEqualTo("개인 2명");
        assertThat(korean.plural("count.groups", 20)).isEqualTo("단체 20곳");
    }
}
