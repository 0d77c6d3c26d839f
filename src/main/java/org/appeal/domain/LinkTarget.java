package org.appeal.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a link in a letter may lead: a web page ({@code http}, {@code https}) or an e-mail address
 * ({@code mailto}). A PDF reader acts on a link when it is clicked, so {@code javascript:},
 * {@code file:}, {@code data:} and the like never become link targets, and neither does a relative
 * link, which the PDF converter would turn into a {@code file:} link on the writer's machine.
 */
public final class LinkTarget {
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(.*)", Pattern.DOTALL);
    private static final Pattern WEB = Pattern.compile("//[^/?#]+([/?#].*)?", Pattern.DOTALL);

    private LinkTarget() {
    }

    /** Why {@code target} may not be a link target; empty when it may. */
    public static Optional<String> problem(String target) {
        String shown = "'" + target + "'";
        if (target == null || target.isBlank()) {
            return Optional.of("an empty link target");
        }
        // Whitespace or control characters hide a scheme from a check and not from every reader ("java\tscript:").
        if (target.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.isSpaceChar(c))) {
            return Optional.of("the link " + shown + " contains spaces or control characters; a letter links only"
                    + " to web addresses (http, https) and e-mail addresses (mailto)");
        }
        Matcher scheme = SCHEME.matcher(target);
        if (!scheme.matches()) {
            return Optional.of("the link " + shown + " is not a full web address; a letter links only to http, https"
                    + " and mailto addresses (a relative link would point into the writer's own computer)");
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        String rest = scheme.group(2);
        boolean allowed = switch (name) {
            case "http", "https" -> WEB.matcher(rest).matches();
            case "mailto" -> !rest.isEmpty();
            default -> false;
        };
        if (!allowed) {
            return Optional.of(name.equals("http") || name.equals("https") || name.equals("mailto")
                    ? "the link " + shown + " is not a complete " + name + " address"
                    : "the link " + shown + " uses '" + name + ":', which a letter may not link to; only http, https"
                    + " and mailto links are allowed");
        }
        return Optional.empty();
    }
}
