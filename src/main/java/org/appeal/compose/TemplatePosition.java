package org.appeal.compose;

import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeServices;

import java.util.Optional;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in which template the render stands, for a problem found by something that Velocity does
 * not tell the position (a printed value, a {@code #set}, a macro call). Velocity's location
 * tracking ({@code runtime.log.track_location}) keeps a stack of the nodes being rendered; its
 * top is the reference or directive at work.
 */
record TemplatePosition(String template, int line, int column) {
    /** One element of Velocity's stack: "    $addressee at letter.md[line 3, column 7]". */
    private static final Pattern ELEMENT = Pattern.compile("(?s).* at (.*)\\[line (\\d+), column (\\d+)]\\s*");

    static TemplatePosition current(RuntimeServices runtime, String fallbackTemplate) {
        return top(runtime.getLogContext().getStackTrace()).orElse(new TemplatePosition(fallbackTemplate, 0, 0));
    }

    /** Where Velocity stood when it threw {@code e}, if it kept the place. */
    static Optional<TemplatePosition> of(VelocityException e) {
        return top(e.getVtlStackTrace());
    }

    private static Optional<TemplatePosition> top(String[] stack) {
        if (stack != null && stack.length > 0) {
            Matcher m = ELEMENT.matcher(stack[0]);
            if (m.matches()) {
                return Optional.of(new TemplatePosition(m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        }
        return Optional.empty();
    }

    Problem problem(String message) {
        return Problem.blocking(template, line, column, message);
    }
}
