package org.appeal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTest {
    @Test
    void paragraphNumberNIsTheNthParagraph() {
        Source source = new Source("s", "Made-up source", "", "", null, "", List.of("first", "second"));

        assertThat(source.paragraph(2)).hasValue("second");
        assertThat(source.paragraph(0)).isEmpty();
        assertThat(source.paragraph(3)).isEmpty();
        assertThat(source.unnumbered()).isEmpty();
    }

    @Test
    void unnumberedTextIsAnUnmodifiableCopy() {
        List<String> unnumbered = new java.util.ArrayList<>(List.of("covering note"));
        Source source = new Source("s", "", "", "", null, "", List.of("para"), unnumbered);
        unnumbered.add("later change");

        assertThat(source.unnumbered()).containsExactly("covering note");
        assertThat(new Source("s", "", "", "", null, "", null, null).unnumbered()).isEmpty();
    }
}
