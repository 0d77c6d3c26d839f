package org.appeal.compose;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words Java's "Index 5 out of bounds for length 2" for a writer who asked a list for its sixth item. */
final class NoSuchItem {
    private static final Pattern JAVA = Pattern.compile("Index (-?\\d+) out of bounds for length (\\d+)");

    private NoSuchItem() {
    }

    static Optional<String> describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IndexOutOfBoundsException && t.getMessage() != null) {
                Matcher m = JAVA.matcher(t.getMessage());
                if (m.find()) {
                    int length = Integer.parseInt(m.group(2));
                    return Optional.of("there is no item " + m.group(1) + ": the list has " + length
                            + (length == 1 ? " item" : " items") + ", counted from 0");
                }
            }
        }
        return Optional.empty();
    }
}
