package org.appeal.compose;

import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.runtime.parser.node.ASTReference;

/**
 * A reference tested by {@code #if} or {@code #elseif}. Velocity takes a name it does not know as
 * false there without a word, so {@code #if($adressee.title)} would quietly drop a line from the
 * letter; here a tested name that is neither a reference of the {@link TemplateVocabulary} nor one
 * the template set ({@code #set}, {@code #foreach}, a macro's argument) is a blocking problem. A known
 * reference that is empty stays a plain false: that is what a condition is for.
 */
final class TestedReference extends ASTReference {
    TestedReference(ASTReference original) {
        super(original.getType());
        parser = original.getParser();
        template = original.getTemplate();
        first = original.getFirstToken();
        last = original.getLastToken();
        setInfo(original.getInfo());
    }

    @Override
    public boolean evaluate(InternalContextAdapter context) throws MethodInvocationException {
        String root = getRootString();
        if (root != null && !context.containsKey(root) && TemplateVocabulary.reference(root).isEmpty()) {
            Problem problem = Problem.blocking(getTemplateName(), getLine(), getColumn(), "$" + root
                    + " is not defined, so this condition could never be true: check the spelling"
                    + " (the references a letter may use are listed in docs/templates.md)");
            GuardedContext.of(context).ifPresentOrElse(g -> g.report(problem), () -> {
                throw new TemplateRefusal(problem);
            });
            return false;
        }
        return super.evaluate(context);
    }
}
