package org.appeal.compose;

import org.apache.velocity.app.event.InvalidReferenceEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.util.introspection.Info;

import java.util.ArrayList;
import java.util.List;

/**
 * Records every reference a template could not resolve, instead of stopping at the first, so a
 * writer sees all of them at once. Each one blocks the render.
 */
final class ProblemCollector implements InvalidReferenceEventHandler {
    private final List<Problem> problems = new ArrayList<>();

    @Override
    public Object invalidGetMethod(Context context, String reference, Object object, String property, Info info) {
        String message = object == null
                ? reference + " is not defined"
                : reference + " has no value" + (property == null || isComponent(object, property) ? ""
                        : " (no '" + property + "' here)");
        add(info, message);
        return null;
    }

    @Override
    public boolean invalidSetMethod(Context context, String leftReference, String rightReference, Info info) {
        add(info, "cannot set " + leftReference + " from " + rightReference);
        return false;
    }

    @Override
    public Object invalidMethod(Context context, String reference, Object object, String method, Info info) {
        add(info, reference + ": method '" + method + "' is not available to templates");
        return null;
    }

    /** A view's field that exists but is empty here (no such run in the records) is not a misspelling. */
    private static boolean isComponent(Object object, String property) {
        return object.getClass().isRecord() && java.util.Arrays.stream(object.getClass().getRecordComponents())
                .anyMatch(c -> c.getName().equals(property));
    }

    private void add(Info info, String message) {
        problems.add(Problem.blocking(info.getTemplateName(), info.getLine(), info.getColumn(), message));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
