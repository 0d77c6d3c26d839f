package org.appeal.compose;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What references print in one letter for one recipient, as the render would print them: each is
 * evaluated alone by the same sandboxed engine, in the same context. For the editor's hover and
 * field picker; a reference that would block the render gives the render's message instead.
 */
public final class ReferenceValues {
    /** What one reference prints, or why it prints nothing. */
    public record Printed(String text, Optional<String> problem) {
        public static Printed problem(String message) {
            return new Printed("", Optional.of(message));
        }
    }

    private final TemplateEngine templates;
    private final Map<String, Object> model;

    ReferenceValues(TemplateEngine templates, LetterContext context) {
        this.templates = templates;
        this.model = context.model();
    }

    /** @param written a reference as a body writes it: {@code $addressee.name}, {@code $quotes.get("coi-2014")} */
    public Printed print(String written) {
        Evaluation evaluation = templates.evaluate("reference", written, model, Escaping.MARKDOWN);
        List<Problem> blocking = evaluation.problems().stream().filter(Problem::isBlocking).toList();
        if (!blocking.isEmpty()) {
            return Printed.problem(blocking.get(0).message());
        }
        return new Printed(unescape(evaluation.output()), Optional.empty());
    }

    /** Undoes {@link Escaping#MARKDOWN}: the backslash before each ASCII punctuation character. */
    static String unescape(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length() && markdown.charAt(i + 1) < 128
                    && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(markdown.charAt(i + 1)) >= 0) {
                out.append(markdown.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
