package org.appeal.compose.sign;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureAppearanceTest {
    @Test
    void blankTextsMeanNone() {
        SignatureAppearance appearance = SignatureAppearance.visible("  ", "").showing(" ");

        assertThat(appearance.reason()).isNull();
        assertThat(appearance.location()).isNull();
        assertThat(appearance.signerName()).isNull();
    }

    @Test
    void textsAreTrimmed() {
        SignatureAppearance appearance = SignatureAppearance.invisible(" Co-signing ", " Seoul\n");

        assertThat(appearance.reason()).isEqualTo("Co-signing");
        assertThat(appearance.location()).isEqualTo("Seoul");
        assertThat(appearance.visible()).isFalse();
    }

    @Test
    void theDefaultIsTheLastPageAtTheBottom() {
        SignatureAppearance appearance = SignatureAppearance.visible(null, null);

        assertThat(appearance.page()).isZero();
        assertThat(appearance.box()).isNull();
        assertThat(appearance.onPage(2).at(new SignatureAppearance.Box(10, 10, 100, 40)))
                .isEqualTo(new SignatureAppearance(true, 2, new SignatureAppearance.Box(10, 10, 100, 40), null, null, null));
    }

    @Test
    void pagesCountFromOne() {
        assertThatThrownBy(() -> SignatureAppearance.visible(null, null).onPage(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counted from 1");
    }

    @Test
    void aBoxNeedsAnArea() {
        assertThatThrownBy(() -> new SignatureAppearance.Box(10, 10, 0, 40))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
