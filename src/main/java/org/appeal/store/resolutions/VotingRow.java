package org.appeal.store.resolutions;

import java.time.LocalDate;
import org.appeal.domain.Vote;

/**
 * One valid row of a voting-data file: one state's vote on one resolution.
 *
 * @param line    physical line where the row starts
 * @param symbol  normalised resolution symbol
 * @param session the session as written ("79", "ES-10"), empty when the cell is
 * @param date    day of the vote, {@code null} when the cell is empty
 * @param voter   what identifies the state within one resolution: its code, else its name
 */
record VotingRow(long line, String symbol, String session, LocalDate date, String title, String source,
                 String state, String voter, Vote.Choice choice) {
}
