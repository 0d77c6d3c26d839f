package org.appeal.compose;

import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

import java.io.Writer;

/**
 * Takes the place of Velocity's {@code #evaluate}, which runs text as a template: with it a
 * template could run a recipient's name or a quote from the data as template code, outside
 * everything the vocabulary allows. Using it is a blocking problem.
 */
public class RefusedEvaluate extends Directive {
    @Override
    public String getName() {
        return "evaluate";
    }

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        Problem problem = Problem.blocking(getTemplateName(), getLine(), getColumn(), "#evaluate is not available to"
                + " templates: it would run text, perhaps from the data, as template code");
        GuardedContext.of(context).ifPresentOrElse(g -> g.report(problem), () -> {
            throw new TemplateRefusal(problem);
        });
        return true;
    }
}
