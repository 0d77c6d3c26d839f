package org.appeal.domain;

import java.util.Optional;

/**
 * Whether a recipient's e-mail field holds something a letter can be sent to. The field is kept as
 * typed (the seed's {@code president.go.kr} is a web domain, not a mailbox); this only says, in
 * words for the user, why a value is not sent to. It does not ask any server whether the mailbox
 * exists: the server's answer when sending is recorded with the delivery.
 */
public final class EmailAddress {
    private static final String NOT_IN_LOCAL_PART = "<>()[],;:\\\"";

    private EmailAddress() {
    }

    /** Why the value cannot be sent to, or empty when it looks like an e-mail address. */
    public static Optional<String> problem(String value) {
        String address = value == null ? "" : value.strip();
        if (address.isEmpty()) {
            return Optional.of("no e-mail address");
        }
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            return Optional.of("'" + address + "' is a link: write the address without 'mailto:'");
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.of("'" + address + "' has a space or control character in it");
            }
        }
        int at = address.indexOf('@');
        if (at < 0) {
            return Optional.of("'" + address + "' has no @: it looks like a web domain, not an e-mail address");
        }
        if (address.indexOf('@', at + 1) >= 0) {
            return Optional.of("'" + address + "' has more than one @");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty()) {
            return Optional.of("'" + address + "' has nothing before the @");
        }
        for (char c : local.toCharArray()) {
            if (NOT_IN_LOCAL_PART.indexOf(c) >= 0) {
                return Optional.of("'" + address + "' has '" + c + "' before the @, which mail servers refuse");
            }
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of("'" + address + "' has a misplaced dot before the @");
        }
        return domainProblem(address, domain);
    }

    public static boolean looksValid(String value) {
        return problem(value).isEmpty();
    }

    private static Optional<String> domainProblem(String address, String domain) {
        if (domain.isEmpty()) {
            return Optional.of("'" + address + "' has nothing after the @");
        }
        if (!domain.contains(".")) {
            return Optional.of("'" + address + "' has no dot after the @, so no mail domain");
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty()) {
                return Optional.of("'" + address + "' has a misplaced dot after the @");
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return Optional.of("'" + address + "' has a domain part that starts or ends with '-'");
            }
            for (int i = 0; i < label.length(); ) {
                int cp = label.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetterOrDigit(cp) && cp != '-') {
                    return Optional.of("'" + address + "' has '" + Character.toString(cp)
                            + "' after the @, which no mail domain has");
                }
            }
        }
        return Optional.empty();
    }
}
