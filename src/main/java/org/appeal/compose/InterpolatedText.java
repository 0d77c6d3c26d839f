package org.appeal.compose;

import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;

import java.util.Optional;

/**
 * Velocity's quoted string, such as {@code "Dear ${addressee.name}"}. What it inserts is checked
 * like anything printed (a view is refused), but not escaped: the string is text, escaped once
 * when it is printed, and a key built in it ({@code $quotes.get("$key")}) stays the key. The text
 * it builds counts against the pass's {@link WorkBudget}.
 */
final class InterpolatedText extends ASTStringLiteral {
    InterpolatedText(ASTStringLiteral original) {
        super(original.getType());
        parser = original.getParser();
        template = original.getTemplate();
        first = original.getFirstToken();
        last = original.getLastToken();
        setInfo(original.getInfo());
    }

    @Override
    public Object value(InternalContextAdapter context) {
        Optional<GuardedContext> guarded = GuardedContext.of(context);
        guarded.ifPresent(GuardedContext::enterText);
        try {
            Object value = super.value(context);
            if (value instanceof String text) {
                guarded.ifPresent(g -> g.budget().characters(text.length(),
                        () -> new TemplatePosition(getTemplateName(), getLine(), getColumn())));
            }
            return value;
        } finally {
            guarded.ifPresent(GuardedContext::leaveText);
        }
    }
}
