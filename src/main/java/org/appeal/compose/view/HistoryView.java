package org.appeal.compose.view;

import java.util.List;

/**
 * The letter's resolution history as templates see it ({@code $history}): the target state's
 * co-sponsorship record as runs of years and the resolutions of the campaign, worded in the
 * letter's language and as known on the letter's date.
 *
 * @param state            the campaign's target state ("Republic of Korea"); empty when not set
 * @param runs             the co-sponsorship runs in time order
 * @param firstCosponsored the earliest run of co-sponsoring; {@code null} when there is none, so a
 *                         letter that cites it blocks instead of printing an empty phrase
 * @param lastDeclined     the most recent run of not co-sponsoring; {@code null} when there is none
 * @param lastCosponsored  the most recent run of co-sponsoring; {@code null} when there is none
 * @param bodies           the bodies the state's records mention: the history table's columns
 * @param years            every year from the first record to the last: the table's rows
 * @param recent           the two most recent resolutions with a known adoption day, any body, oldest first
 * @param ga               the General Assembly's resolutions
 * @param hrc              the Human Rights Council's resolutions
 * @param headings         the history table's headings in the letter's language
 */
public record HistoryView(String state, List<RunView> runs, RunView firstCosponsored, RunView lastDeclined,
                          RunView lastCosponsored, List<BodyHistoryView> bodies, List<HistoryYearView> years,
                          List<ResolutionView> recent, BodyHistoryView ga, BodyHistoryView hrc,
                          HistoryHeadings headings) {
    public HistoryView {
        runs = List.copyOf(runs);
        bodies = List.copyOf(bodies);
        years = List.copyOf(years);
        recent = List.copyOf(recent);
    }
}
