package org.appeal.compose;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.Renderable;

/**
 * Every value a template prints passes here. Text and numbers are escaped for what they land in
 * (already rendered {@link Html} and well-formed {@link CitationKey}s go in as they are); a value
 * that is not text (a view, a list, a lookup, yes/no, anything outside the vocabulary) is a
 * blocking problem that says what to write instead, and prints nothing: no {@code toString()} of a
 * Java object reaches a letter. Inside a quoted string the value is checked but not escaped,
 * since the string is escaped when it is printed.
 */
record PrintedValues(Escaping escaping, GuardedContext pass) implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null) {
            return null; // reported by ProblemCollector with its line and column
        }
        pass.step();
        if (value instanceof Renderable) {
            return value; // a #define block or a macro's body: what it prints passes here in turn
        }
        if (!TemplateValues.printable(value)) {
            pass.report(pass.position().get().problem(TemplateValues.notText(reference, value)));
            return "";
        }
        if (value instanceof Html html) {
            return html.value();
        }
        if (value instanceof CitationKey key) {
            return key.key();
        }
        return pass.insideText() ? value.toString() : escaping.escape(value.toString());
    }
}
