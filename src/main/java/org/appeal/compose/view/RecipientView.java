package org.appeal.compose.view;

import org.appeal.domain.Recipient;

import java.util.List;

/** A recipient as templates see it. */
public record RecipientView(String id, boolean copy, String formOfAddress, String name, String title,
                            String office, List<String> addressLines, String fax, String email) {
    public RecipientView {
        addressLines = List.copyOf(addressLines);
    }

    public static RecipientView of(Recipient r) {
        return new RecipientView(r.id(), r.role() == Recipient.Role.CC, r.formOfAddress(), r.name(), r.title(),
                r.office(), r.addressLines(), r.fax(), r.email());
    }
}
