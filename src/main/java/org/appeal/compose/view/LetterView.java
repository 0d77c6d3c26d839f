package org.appeal.compose.view;

import org.appeal.compose.Html;

/**
 * The letter's own fields as templates see them.
 *
 * @param date       the letter date, formatted in the letter's language
 * @param salutation the addressee's form of address ("President Lee Jae-myung")
 * @param body       the rendered body; {@code null} while the body itself is being evaluated
 */
public record LetterView(String date, Html subject, String salutation, Html body) {
    public LetterView withBody(Html rendered) {
        return new LetterView(date, subject, salutation, rendered);
    }
}
