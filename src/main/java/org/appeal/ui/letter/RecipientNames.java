package org.appeal.ui.letter;

import javafx.util.StringConverter;
import org.appeal.domain.Recipient;
import org.appeal.ui.common.Messages;

/** "To: Lee Jae-myung" / "CC: Cho Hyun" in the recipient chooser. */
final class RecipientNames extends StringConverter<Recipient> {
    private final Messages messages;

    RecipientNames(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String toString(Recipient r) {
        if (r == null) {
            return "";
        }
        String role = messages.get(r.role() == Recipient.Role.TO ? "recipient.to" : "recipient.cc");
        return role + ": " + (r.title().isBlank() ? "" : r.title() + " ") + r.name();
    }

    @Override
    public Recipient fromString(String s) {
        // The chooser is not editable: a recipient is picked from the list, never parsed from text.
        return null;
    }
}
