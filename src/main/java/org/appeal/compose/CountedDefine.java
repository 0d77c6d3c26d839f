package org.appeal.compose;

import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Define;

import java.io.Writer;
import java.util.Optional;

/**
 * Velocity's {@code #define}, with each printing of the block counted against the pass's
 * {@link WorkBudget} and its nesting bounded. Velocity's own bound prints the bare reference
 * ({@code $block}) once a block has printed itself twice, or threw a NullPointerException where a
 * value was escaped; a block that prints itself is a blocking problem instead.
 */
public class CountedDefine extends Define {
    @Override
    public boolean render(InternalContextAdapter context, Writer writer) {
        Optional<GuardedContext> guarded = GuardedContext.of(context);
        guarded.ifPresent(g -> g.enterBlock("$" + key));
        try {
            return super.render(context, writer);
        } finally {
            guarded.ifPresent(GuardedContext::leaveBlock);
        }
    }
}
