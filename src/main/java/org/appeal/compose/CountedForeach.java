package org.appeal.compose;

import org.apache.velocity.runtime.directive.Foreach;
import org.apache.velocity.runtime.parser.node.Node;

import java.util.Iterator;

/**
 * Velocity's {@code #foreach} without its silent ends. Velocity cuts a loop at
 * {@code directive.foreach.max_loops} without a word and skips a value it cannot go through; here
 * there is no loop limit of its own (every time round counts against the pass's {@link WorkBudget}
 * when the loop variable is set, so a loop with an empty body counts too), and going through
 * something that is not a list is a blocking problem.
 */
public class CountedForeach extends Foreach {
    @Override
    protected Iterator getIterator(Object iterable, Node node) {
        Iterator<?> items = super.getIterator(iterable, node);
        if (iterable != null && items == null) {
            throw new TemplateRefusal(Problem.blocking(getTemplateName(), getLine(), getColumn(),
                    TemplateValues.notList(node.literal(), iterable)));
        }
        return items;
    }
}
