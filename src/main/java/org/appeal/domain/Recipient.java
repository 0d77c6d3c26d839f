package org.appeal.domain;

import java.util.List;
import java.util.Objects;

/**
 * Someone the letter is addressed to (TO) or copied to (CC). Contact fields are kept exactly as
 * typed: a value that looks malformed is flagged by the renderer, never corrected.
 *
 * @param formOfAddress how the salutation names them ("President Lee Jae-myung")
 * @param title         office title ("President of the Republic of Korea", "Prime Minister")
 * @param office        the institution, if printed separately ("Ministry of Foreign Affairs")
 * @param alt           the printed fields in their second script (Hangul beside romanised, or the
 *                      reverse); {@link RecipientText#NONE} when there is none
 */
public record Recipient(String id, Role role, int position, String formOfAddress, String name,
                        String title, String office, List<String> addressLines, String fax,
                        String email, RecipientText alt) {
    public enum Role { TO, CC }

    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        formOfAddress = nonNull(formOfAddress);
        name = nonNull(name);
        title = nonNull(title);
        office = nonNull(office);
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        fax = nonNull(fax);
        email = nonNull(email);
        alt = alt == null ? RecipientText.NONE : alt;
    }

    /** A recipient without a second script. */
    public Recipient(String id, Role role, int position, String formOfAddress, String name, String title,
                     String office, List<String> addressLines, String fax, String email) {
        this(id, role, position, formOfAddress, name, title, office, addressLines, fax, email, RecipientText.NONE);
    }

    /**
     * The recipient as a letter in {@code script} prints them: each field in that script where it has
     * a form in it, else in the other; the result has no second script left.
     */
    public Recipient printedIn(Script script) {
        return new Recipient(id, role, position, script.pick(formOfAddress, alt.formOfAddress()),
                script.pick(name, alt.name()), script.pick(title, alt.title()), script.pick(office, alt.office()),
                script.pick(addressLines, alt.addressLines()), fax, email, RecipientText.NONE);
    }

    public Recipient withAlt(RecipientText text) {
        return new Recipient(id, role, position, formOfAddress, name, title, office, addressLines, fax, email, text);
    }

    /** The same recipient at another place in the printed order. */
    public Recipient withPosition(int newPosition) {
        return new Recipient(id, role, newPosition, formOfAddress, name, title, office, addressLines, fax, email);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
