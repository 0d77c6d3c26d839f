package org.appeal.compose.view;

/** The history table's headings in the letter's language, so one partial serves every language. */
public record HistoryHeadings(String year, String resolution, String title, String adopted, String adoption,
                              String vote) {
}
