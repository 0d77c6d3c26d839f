package org.appeal.compose.view;

import org.appeal.domain.Recipient;

import java.util.List;

/**
 * A recipient as templates see it, in the script of the letter's language.
 *
 * @param heading     the lines that name them as the addressee, in the letter's way ({@code addressee} word)
 * @param copyHeading the lines that name them in the copies block ({@code copy} word)
 */
public record RecipientView(String id, boolean copy, String formOfAddress, String name, String title,
                            String office, List<String> addressLines, String fax, String email,
                            List<String> heading, List<String> copyHeading) {
    public RecipientView {
        addressLines = List.copyOf(addressLines);
        heading = List.copyOf(heading);
        copyHeading = List.copyOf(copyHeading);
    }

    /**
     * @param printed the recipient as the letter prints them (see {@link Recipient#printedIn})
     */
    public static RecipientView of(Recipient printed, List<String> heading, List<String> copyHeading) {
        return new RecipientView(printed.id(), printed.role() == Recipient.Role.CC, printed.formOfAddress(),
                printed.name(), printed.title(), printed.office(), printed.addressLines(), printed.fax(),
                printed.email(), heading, copyHeading);
    }
}
