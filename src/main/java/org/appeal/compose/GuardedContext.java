package org.appeal.compose;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.RuntimeServices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one template pass sees, and the pass's own account: its {@link WorkBudget}, the problems
 * found so far in template order, and how deep it is in macros, blocks and partials. Velocity asks
 * the context whenever a template sets a value, calls a macro or parses a partial, which makes it
 * the one place that sees all of them, the steps of an empty {@code #foreach} included.
 */
final class GuardedContext extends VelocityContext {
    private final WorkBudget budget;
    private final RuntimeServices runtime;
    private final String templateName;
    private final List<Problem> problems = new ArrayList<>();
    private int blockDepth;
    private int textDepth;

    GuardedContext(Map<String, Object> model, WorkBudget budget, RuntimeServices runtime, String templateName) {
        super(model);
        this.budget = budget;
        this.runtime = runtime;
        this.templateName = templateName;
    }

    /** The pass's guard behind a context Velocity hands to a node or directive, if it is one of ours. */
    static Optional<GuardedContext> of(InternalContextAdapter context) {
        return context.getInternalUserContext() instanceof GuardedContext guarded ? Optional.of(guarded)
                : Optional.empty();
    }

    WorkBudget budget() {
        return budget;
    }

    Supplier<TemplatePosition> position() {
        return () -> TemplatePosition.current(runtime, templateName);
    }

    void report(Problem problem) {
        problems.add(problem);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    void step() {
        budget.step(position());
    }

    @Override
    public Object internalPut(String key, Object value) {
        budget.step(position());
        WorkBudget.checkNumber(value, position());
        return super.internalPut(key, value);
    }

    // The name is pushed before any refusal: Velocity pops it again on the way out, refused or not.

    @Override
    public void pushCurrentMacroName(String name) {
        super.pushCurrentMacroName(name);
        if (getCurrentMacroCallDepth() > WorkBudget.MAX_NESTING) {
            throw new TemplateRefusal(position().get().problem("macro #" + name + " calls macros more than "
                    + WorkBudget.MAX_NESTING + " deep: does it call itself without end?"));
        }
        budget.step(position());
    }

    @Override
    public void pushCurrentTemplateName(String name) {
        super.pushCurrentTemplateName(name);
        // The template itself is the first name on the stack; each #parse adds one.
        if (getTemplateNameStack().length > WorkBudget.MAX_PARSE_DEPTH + 1) {
            throw new TemplateRefusal(position().get().problem("#parse(\"" + name + "\") nests partials more than "
                    + WorkBudget.MAX_PARSE_DEPTH + " deep: does a partial parse itself?"));
        }
        budget.step(position());
    }

    /** A {@code #define} block starts printing; {@code name} is its reference. */
    void enterBlock(String name) {
        if (blockDepth >= WorkBudget.MAX_NESTING) {
            throw new TemplateRefusal(position().get().problem("#define block " + name + " prints blocks more than "
                    + WorkBudget.MAX_NESTING + " deep: does it print itself?"));
        }
        blockDepth++;
        budget.step(position());
    }

    void leaveBlock() {
        blockDepth--;
    }

    /** A quoted string is being filled in: what it inserts is text for the string, escaped only when printed. */
    void enterText() {
        textDepth++;
    }

    void leaveText() {
        textDepth--;
    }

    boolean insideText() {
        return textDepth > 0;
    }
}
