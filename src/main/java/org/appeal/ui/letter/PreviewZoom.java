package org.appeal.ui.letter;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * How large the preview shows its pages: fitted to the pane's width (the default), or a percentage
 * of the page's real size on a 96-pixels-per-inch screen. Zooming in or out steps through the usual
 * percentages from the size shown now. No node: tested without the toolkit.
 */
public final class PreviewZoom {
    /** The percentage that stands for "fit width". */
    public static final int FIT = 0;
    static final int[] STEPS = {25, 33, 50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400};
    private static final double PIXELS_PER_POINT = 96.0 / 72.0;

    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper(FIT);

    /** The percentage, or {@link #FIT}. */
    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public void fitWidth() {
        percent.set(FIT);
    }

    public void actualSize() {
        percent.set(100);
    }

    /** One step larger than what shows now ({@code pageWidthPoints} and {@code fitWidth} tell the fitted size). */
    public void zoomIn(double pageWidthPoints, double fitWidth) {
        double now = shownPercent(pageWidthPoints, fitWidth);
        for (int step : STEPS) {
            if (step > now + 0.5) {
                percent.set(step);
                return;
            }
        }
        percent.set(STEPS[STEPS.length - 1]);
    }

    /** One step smaller than what shows now. */
    public void zoomOut(double pageWidthPoints, double fitWidth) {
        double now = shownPercent(pageWidthPoints, fitWidth);
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < now - 0.5) {
                percent.set(STEPS[i]);
                return;
            }
        }
        percent.set(STEPS[0]);
    }

    /** The width, in pixels, a page {@code pageWidthPoints} wide shows at, when fitting means {@code fitWidth}. */
    public double width(double pageWidthPoints, double fitWidth) {
        return percent.get() == FIT ? fitWidth : pageWidthPoints * PIXELS_PER_POINT * percent.get() / 100.0;
    }

    /** The percentage of the real size shown now (when fitted, what the fit comes to). */
    public double shownPercent(double pageWidthPoints, double fitWidth) {
        return width(pageWidthPoints, fitWidth) / (pageWidthPoints * PIXELS_PER_POINT) * 100.0;
    }
}
