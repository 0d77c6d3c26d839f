package org.appeal.compose;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

import java.util.Arrays;

/**
 * The sandboxed {@link SecureUberspector}, taught that {@code $signatory.name} means the record
 * accessor {@code name()}: templates see plain records, and Velocity only knows bean getters.
 * The accessor is looked up through the secure method lookup, so the sandbox's rules still apply.
 */
public class RecordUberspector extends SecureUberspector {
    private static final Object[] NO_ARGS = new Object[0];

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
        if (getter != null || obj == null || !obj.getClass().isRecord() || !isComponent(obj, identifier)) {
            return getter;
        }
        VelMethod accessor = getMethod(obj, identifier, NO_ARGS, info);
        return accessor == null ? null : new AccessorGetter(accessor);
    }

    private static boolean isComponent(Object obj, String identifier) {
        return Arrays.stream(obj.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(identifier));
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
}
