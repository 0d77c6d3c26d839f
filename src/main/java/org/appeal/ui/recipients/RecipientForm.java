package org.appeal.ui.recipients;

import org.appeal.compose.ContactFormats;
import org.appeal.domain.Recipient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The recipient dialog's fields as typed, and what is wrong with them. Only a missing name
 * blocks; an e-mail or fax that looks malformed is flagged and saved exactly as typed.
 */
public record RecipientForm(String id, Recipient.Role role, int position, String formOfAddress, String name,
                            String title, String office, String address, String fax, String email) {

    public enum Severity { ERROR, WARNING }

    public record Finding(String field, Severity severity, String messageKey) {
    }

    public static RecipientForm of(Recipient r) {
        return new RecipientForm(r.id(), r.role(), r.position(), r.formOfAddress(), r.name(), r.title(), r.office(),
                String.join("\n", r.addressLines()), r.fax(), r.email());
    }

    public List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        if (name.isBlank()) {
            findings.add(new Finding("name", Severity.ERROR, "recipient.nameRequired"));
        }
        if (emailLooksOdd(email)) {
            findings.add(new Finding("email", Severity.WARNING, "recipient.emailOdd"));
        }
        if (faxLooksOdd(fax)) {
            findings.add(new Finding("fax", Severity.WARNING, "recipient.faxOdd"));
        }
        return findings;
    }

    public static boolean emailLooksOdd(String email) {
        return email != null && !email.isBlank() && !ContactFormats.looksLikeEmail(email);
    }

    public static boolean faxLooksOdd(String fax) {
        return fax != null && !fax.isBlank() && !ContactFormats.looksLikeFax(fax);
    }

    public boolean canSave() {
        return check().stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The recipient as typed: contact values kept verbatim, address split into its lines. */
    public Recipient toRecipient() {
        List<String> lines = Arrays.stream(address.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new Recipient(id, role, position, formOfAddress.strip(), name.strip(), title.strip(), office.strip(),
                lines, fax, email);
    }

    /** A new recipient's id from its name: stable, readable, unique among {@code taken}. */
    public static String newId(String name, List<String> taken) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "recipient";
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
