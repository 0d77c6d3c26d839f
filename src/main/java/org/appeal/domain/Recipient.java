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
 */
public record Recipient(String id, Role role, int position, String formOfAddress, String name,
                        String title, String office, List<String> addressLines, String fax,
                        String email) {
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
    }

    /** The same recipient at another place in the printed order. */
    public Recipient withPosition(int newPosition) {
        return new Recipient(id, role, newPosition, formOfAddress, name, title, office, addressLines, fax, email);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
