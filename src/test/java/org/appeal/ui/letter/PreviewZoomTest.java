package org.appeal.ui.letter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The preview's zoom without the toolkit: an A4 page is 595.3 points wide. */
class PreviewZoomTest {
    private static final double A4 = 595.3;

    @Test
    void fitWidthIsTheDefaultAndFollowsThePane() {
        PreviewZoom zoom = new PreviewZoom();

        assertThat(zoom.percentProperty().get()).isEqualTo(PreviewZoom.FIT);
        assertThat(zoom.width(A4, 640)).isEqualTo(640);
        assertThat(zoom.width(A4, 500)).isEqualTo(500);
    }

    @Test
    void hundredPercentIsThePagesRealSizeOnA96DpiScreen() {
        PreviewZoom zoom = new PreviewZoom();

        zoom.actualSize();

        assertThat(zoom.width(A4, 640)).isCloseTo(793.7, within(0.1));
    }

    @Test
    void zoomingStepsFromTheSizeShownNowEvenWhenFitted() {
        PreviewZoom zoom = new PreviewZoom();
        // 640 px fitted is 80.6 % of the real size: in goes to 90 %, out to 75 %.
        zoom.zoomIn(A4, 640);
        assertThat(zoom.percentProperty().get()).isEqualTo(90);
        zoom.zoomIn(A4, 640);
        assertThat(zoom.percentProperty().get()).isEqualTo(100);
        zoom.fitWidth();
        zoom.zoomOut(A4, 640);
        assertThat(zoom.percentProperty().get()).isEqualTo(75);
    }

    @Test
    void zoomStopsAtItsSmallestAndLargestStep() {
        PreviewZoom zoom = new PreviewZoom();
        for (int i = 0; i < 30; i++) {
            zoom.zoomIn(A4, 640);
        }
        assertThat(zoom.percentProperty().get()).isEqualTo(400);
        for (int i = 0; i < 30; i++) {
            zoom.zoomOut(A4, 640);
        }
        assertThat(zoom.percentProperty().get()).isEqualTo(25);
    }
}
