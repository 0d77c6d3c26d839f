package org.appeal.compose;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words Velocity's "invalid #include() argument 'ASTWord [id=11, …]'" for a writer who left out the
 * quotes around a file name: the message must not show the parser's Java objects.
 */
final class UnquotedDirectiveArgument {
    private static final Pattern VELOCITY = Pattern.compile("invalid #(\\w+)\\(\\) argument");

    private UnquotedDirectiveArgument() {
    }

    static Optional<String> describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = VELOCITY.matcher(t.getMessage());
                if (m.find()) {
                    String directive = m.group(1);
                    return Optional.of("#" + directive + " needs the name of a file in the templates folder, in quotes,"
                            + " such as #" + directive + "(\"partials/addressee.vm\")");
                }
            }
        }
        return Optional.empty();
    }
}
