package org.appeal.cli;

import java.util.List;

/** Input the user must fix; the command prints the lines and exits with {@link ExitCode#BAD_INPUT}. */
final class BadInput extends Exception {
    private final List<String> details;

    BadInput(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    BadInput(String message) {
        this(message, List.of());
    }

    List<String> details() {
        return details;
    }
}
