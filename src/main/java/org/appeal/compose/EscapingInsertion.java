package org.appeal.compose;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/** Escapes every value a template inserts, except already rendered {@link Html} and well-formed {@link CitationKey}s. */
record EscapingInsertion(Escaping escaping) implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Html html) {
            return html.value();
        }
        if (value instanceof CitationKey key) {
            return key.key();
        }
        return escaping.escape(value.toString());
    }
}
