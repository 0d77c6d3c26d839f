package org.appeal.compose.view;

/**
 * A resolution as templates see it. Fields that are not known are empty strings.
 *
 * @param number    the symbol after "RES/": "78/218" for "A/RES/78/218", "49/22" for "A/HRC/RES/49/22"
 * @param body      the body's name in the letter's language
 * @param adoptedOn the adoption day, formatted in the letter's language ("December 19, 2023")
 * @param adoption  "adopted by recorded vote" or "adopted without a vote"; empty when not known
 * @param vote      how the target state voted ("yes", "no", "abstained", "absent"); empty when not known
 * @param key       the key a body cites this resolution by (its id): {@code (@$history.ga.latest.key)}
 */
public record ResolutionView(String symbol, String number, String body, String session, String title,
                             String adoptedOn, String adoption, String vote, org.appeal.compose.CitationKey key) {
}
