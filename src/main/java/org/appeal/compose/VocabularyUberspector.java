package org.appeal.compose;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.List;

/**
 * The sandbox's allow-list, read from the {@link TemplateVocabulary}: a template may read the
 * fields and call the methods the vocabulary lists for a value's type, go through lists, and
 * nothing else. {@code getClass()}, {@code toString()}, {@code hashCode()}, {@code wait()} and
 * every other Java method are refused with a {@link RefusedName}. It extends the
 * {@link SecureUberspector}, so that Velocity's own block list stays behind it.
 *
 * <p>Views are plain records, and Velocity only knows bean getters: {@code $signatory.name} is
 * the record accessor {@code name()}, looked up through the secure method lookup.
 */
public class VocabularyUberspector extends SecureUberspector {
    private static final Object[] NO_ARGS = new Object[0];

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        boolean offered = TemplateValues.typeOf(obj).flatMap(t -> t.field(methodName, args.length))
                .filter(TemplateField::isMethod).isPresent();
        VelMethod method = offered ? super.getMethod(obj, methodName, args, info) : null;
        return method != null ? method : new Refused(methodName,
                TemplateValues.noSuchField(obj, methodName, true));
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        VelPropertyGet getter = null;
        if (TemplateValues.typeOf(obj).flatMap(t -> t.property(identifier)).isPresent()) {
            if (obj.getClass().isRecord()) {
                VelMethod accessor = super.getMethod(obj, identifier, NO_ARGS, info);
                getter = accessor == null ? null : new AccessorGetter(accessor);
            } else {
                getter = super.getPropertyGet(obj, identifier, info);
            }
        }
        return getter != null ? getter : new Refused(identifier,
                TemplateValues.noSuchField(obj, identifier, false));
    }

    /** Templates change nothing they are given: {@code #set($addressee.name = "...")} is refused. */
    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        return new Unchangeable(identifier, Problem.blocking(info.getTemplateName(), info.getLine(), info.getColumn(),
                "templates cannot change `" + identifier + "`: what a letter is given stays as the data has it;"
                        + " #set a name of your own instead, such as #set($my" + Character.toUpperCase(
                        identifier.charAt(0)) + identifier.substring(1) + " = ...)"));
    }

    /** {@code #foreach} goes through lists only; anything else is refused by {@link CountedForeach}. */
    @Override
    public Iterator<?> getIterator(Object obj, Info info) {
        return obj instanceof List<?> list ? list.iterator() : null;
    }

    private record AccessorGetter(VelMethod accessor) implements VelPropertyGet {
        @Override
        public Object invoke(Object o) throws Exception {
            return accessor.invoke(o, NO_ARGS);
        }

        @Override
        public boolean isCacheable() {
            return accessor.isCacheable();
        }

        @Override
        public String getMethodName() {
            return accessor.getMethodName();
        }
    }

    private record Unchangeable(String name, Problem problem) implements VelPropertySet {
        @Override
        public Object invoke(Object o, Object arg) {
            throw new TemplateRefusal(problem);
        }

        @Override
        public boolean isCacheable() {
            return true;
        }

        @Override
        public String getMethodName() {
            return name;
        }
    }

    /** A name outside the vocabulary: using it fails with a {@link RefusedName} that says what the value offers. */
    private record Refused(String name, String message) implements VelMethod, VelPropertyGet {
        @Override
        public Object invoke(Object o, Object[] params) throws InvocationTargetException {
            throw new InvocationTargetException(new RefusedName(message));
        }

        @Override
        public Object invoke(Object o) throws InvocationTargetException {
            throw new InvocationTargetException(new RefusedName(message));
        }

        @Override
        public boolean isCacheable() {
            return true;
        }

        @Override
        public String getMethodName() {
            return name;
        }

        @Override
        public Method getMethod() {
            return null;
        }

        @Override
        public Class<?> getReturnType() {
            return Object.class;
        }
    }
}
