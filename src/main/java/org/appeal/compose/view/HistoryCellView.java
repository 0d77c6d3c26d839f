package org.appeal.compose.view;

/**
 * What the state did on one body's resolutions in one year.
 *
 * @param status {@code yes}, {@code no}, {@code unknown} (no record), or {@code mixed} (records of
 *               one year that differ), usable as a CSS class
 * @param label  the status in the letter's language ("co-sponsored", "did not co-sponsor", ...)
 */
public record HistoryCellView(String status, String label) {
}
