package org.appeal.ui.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChoiceLabelsTest {
    private final ChoiceLabels<Integer> labels = ChoiceLabels.of(List.of(1, 2), n -> n == 1 ? "one" : "two");

    @Test
    void anItemIsShownByItsLabelAndNothingAsEmpty() {
        assertThat(labels.toString(2)).isEqualTo("two");
        assertThat(labels.toString(null)).isEmpty();
    }

    @Test
    void aLabelTurnsBackIntoItsItemAndUnknownTextIntoNone() {
        assertThat(labels.fromString("one")).isEqualTo(1);
        assertThat(labels.fromString("three")).isNull();
    }
}
