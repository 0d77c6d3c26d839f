package org.appeal.domain;

import java.util.List;

/**
 * A recipient's printed fields in their second script: Hangul beside the romanised form, or the
 * reverse. A field left empty has no second form, and the letter prints the first one.
 */
public record RecipientText(String formOfAddress, String name, String title, String office,
                            List<String> addressLines) {
    public static final RecipientText NONE = new RecipientText("", "", "", "", List.of());

    public RecipientText {
        formOfAddress = formOfAddress == null ? "" : formOfAddress;
        name = name == null ? "" : name;
        title = title == null ? "" : title;
        office = office == null ? "" : office;
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
