package org.appeal.compose;

import java.util.regex.Pattern;

/**
 * What contact details usually look like. Used to flag, never to correct: a value that fails
 * these checks is still printed exactly as typed.
 */
public final class ContactFormats {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern FAX_CHARS = Pattern.compile("[0-9 +()./\\-]+");

    private ContactFormats() {
    }

    public static boolean looksLikeEmail(String email) {
        return EMAIL.matcher(email).matches();
    }

    /** Digits with the usual separators, and enough digits to dial. */
    public static boolean looksLikeFax(String fax) {
        long digits = fax.chars().filter(Character::isDigit).count();
        return FAX_CHARS.matcher(fax).matches() && digits >= 6;
    }
}
