package org.appeal.compose;

import org.apache.velocity.app.event.InvalidReferenceEventHandler;
import org.apache.velocity.app.event.MethodExceptionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.util.introspection.Info;

import java.util.function.Consumer;

/**
 * Records every reference a template could not resolve, instead of stopping at the first, so a
 * writer sees all of them at once; each one blocks the render. A name the
 * {@link TemplateVocabulary} does not offer ({@code $addressee.nickname},
 * {@code $campaign.getClass()}) reaches it as a {@link RefusedName}, with what the value does offer.
 */
final class ProblemCollector implements InvalidReferenceEventHandler, MethodExceptionEventHandler {
    private final Consumer<Problem> problems;
    /**
     * The name and line of the last method that failed: it leaves its reference without a value,
     * which Velocity reports next, and that is the same problem, reported once.
     */
    private String failed = "";

    ProblemCollector(Consumer<Problem> problems) {
        this.problems = problems;
    }

    @Override
    public Object invalidGetMethod(Context context, String reference, Object object, String property, Info info) {
        if (alreadyReported(property, info)) {
            return null;
        }
        if (object == null) {
            add(info, reference + " is not defined");
        } else if (property == null || offers(object, property, false)) {
            // A field that exists but is empty here (no such run in the records) is not a misspelling.
            add(info, reference + " has no value");
        }
        // Otherwise the name is outside the vocabulary, already reported as a RefusedName.
        return null;
    }

    @Override
    public boolean invalidSetMethod(Context context, String leftReference, String rightReference, Info info) {
        add(info, "cannot set " + leftReference + " from " + rightReference);
        return false;
    }

    @Override
    public Object invalidMethod(Context context, String reference, Object object, String method, Info info) {
        if (!alreadyReported(method, info) && offers(object, method, true)) {
            add(info, TemplateValues.typeOf(object).filter(t -> t == TemplateVocabulary.QUOTES).isPresent()
                    ? reference.replace("()", "(…)") + " has no value: no evidence has that key"
                    : reference + " has no value");
        }
        return null;
    }

    @Override
    public Object methodException(Context context, Class<?> type, String method, Exception e, Info info) {
        failed = method + "@" + info.getTemplateName() + ":" + info.getLine();
        add(info, e instanceof RefusedName ? e.getMessage() : NoSuchItem.describe(e)
                .orElseGet(() -> "`" + method + "` failed: " + e.getMessage()));
        return null;
    }

    private boolean alreadyReported(String name, Info info) {
        boolean same = failed.equals(name + "@" + info.getTemplateName() + ":" + info.getLine());
        failed = "";
        return same;
    }

    private static boolean offers(Object object, String name, boolean method) {
        return TemplateValues.typeOf(object).flatMap(t -> method ? t.fields().stream()
                .filter(f -> f.name().equals(name) && f.isMethod()).findFirst() : t.property(name)).isPresent();
    }

    private void add(Info info, String message) {
        problems.accept(Problem.blocking(info.getTemplateName(), info.getLine(), info.getColumn(), message));
    }
}
