package org.appeal.compose.view;

import org.appeal.compose.Html;

/**
 * The layout words in the letter's language ({@code $words}), with their places filled: the frame
 * a layout prints around the letter's own text. They come from {@code templates/words/<language>.properties},
 * with the campaign's and the letter's own words over them.
 *
 * @param salutation  the salutation with the addressee's form of address ("Dear President Lee Jae-myung,")
 * @param signatories the signatory block's heading with its as-of date
 * @param pageNumber  the page number as a CSS {@code content} value, for an {@code @page} margin box
 */
public record WordsView(String salutation, String subject, String copies, String fax, String email,
                        String closing, String signatories, String groups, String individuals, String notes,
                        String bibliography, String briefing, String date, String to, Html pageNumber) {
}
