package org.appeal.compose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {
    @Test
    void inlineTagsGoAndTheirWordsStay() {
        assertThat(PlainText.of("2025 resolution at the 80<sup>th</sup> session of the <em>General Assembly</em>"))
                .isEqualTo("2025 resolution at the 80th session of the General Assembly");
    }

    @Test
    void entitiesBecomeTheirCharacters() {
        assertThat(PlainText.of("Rights &amp; Freedoms &lt;draft&gt; &quot;final&quot; &#39;now&#39;"))
                .isEqualTo("Rights & Freedoms <draft> \"final\" 'now'");
    }

    @Test
    void spacesLineBreaksAndNonBreakingSpacesBecomeOneSpace() {
        assertThat(PlainText.of("  Open\nletter&nbsp;to\r\n  the\u00a0minister  ")).isEqualTo("Open letter to the minister");
    }

    @Test
    void aLessThanSignThatStartsNoTagStaysAndNothingIsEmpty() {
        assertThat(PlainText.of("fewer < 10 detainees")).isEqualTo("fewer < 10 detainees");
        assertThat(PlainText.of("")).isEmpty();
        assertThat(PlainText.of(null)).isEmpty();
    }

    @Test
    void koreanWordsAreKept() {
        assertThat(PlainText.of("제80<sup>차</sup> 유엔총회")).isEqualTo("제80차 유엔총회");
    }
}
