package org.appeal.compose.view;

import java.util.List;

/**
 * One co-sponsorship run as templates see it.
 *
 * @param text        the run's time as a sentence begins with it: "Every year from 2008 to 2018",
 *                    "Between 2019 and 2022", "In late 2022"
 * @param phrase      the same inside a sentence: "every year from 2008 to 2018"
 * @param start       when the run began, as a sentence begins with it: "In late 2022" (for "...
 *                    returned to co-sponsoring", which stays true as later years are added)
 * @param status      {@code yes}, {@code no} or {@code unknown}
 * @param cosponsored whether the state co-sponsored throughout the run
 * @param from        the run's first year
 * @param to          the run's last year
 * @param bodies      the names of the bodies whose decisions make up the run
 */
public record RunView(String text, String phrase, String start, String status, boolean cosponsored,
                      int from, int to, List<String> bodies) {
    public RunView {
        bodies = List.copyOf(bodies);
    }
}
