package dev.mlgate.contract.internal;

import dev.mlgate.backend.RowPredicate;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A {@link RowPredicate} as the local scan evaluates it: the predicate as a cached {@link MethodHandle}
 * and the builder of the record it takes. Rules of one contract share one builder, so each row's record
 * is built once however many rules read it.
 *
 * @param predicate what is evaluated
 * @param rule {@code (Object) boolean}, the predicate adapted to take the record as an Object
 * @param builder builds the record of each row
 */
record RowRuleMetric(RowPredicate predicate, MethodHandle rule, RecordBuilder builder) {

    /** The predicate's name, as checks show it. */
    String name() {
        return predicate.name();
    }

    /** The columns whose values make the record the rule reads: every declared one. */
    List<String> columns() {
        return builder.columns();
    }

    /**
     * The evaluation of {@code predicate} on records {@code builder} builds.
     *
     * @throws ReflectiveOperationException if the method or component cannot be found or called
     */
    static RowRuleMetric resolve(RowPredicate predicate, RecordBuilder builder) throws ReflectiveOperationException {
        if (predicate instanceof RowPredicate.UserMethod user) {
            return of(method(user), builder, predicate);
        }
        RowPredicate.ColumnIn in = (RowPredicate.ColumnIn) predicate;
        int component = builder.columns().indexOf(in.column());
        if (component < 0) {
            throw new NoSuchFieldException(in.column());
        }
        Method accessor = in.recordType().getRecordComponents()[component].getAccessor();
        accessor.setAccessible(true);
        MethodHandle value = MethodHandles.lookup().unreflect(accessor)
                .asType(MethodType.methodType(Object.class, Object.class));
        MethodHandle member = MethodHandles.insertArguments(MethodHandles.lookup().findStatic(RowRuleMetric.class,
                "among", MethodType.methodType(boolean.class, Set.class, Object.class)), 0, Set.copyOf(in.values()));
        return new RowRuleMetric(predicate, MethodHandles.filterReturnValue(value, member), builder);
    }

    /** The metric of {@code method}, a valid rule taking {@code builder}'s record type. */
    static RowRuleMetric of(Method method, RecordBuilder builder, RowPredicate predicate) throws IllegalAccessException {
        method.setAccessible(true);
        MethodHandle handle = MethodHandles.lookup().unreflect(method)
                .asType(MethodType.methodType(boolean.class, Object.class));
        return new RowRuleMetric(predicate, handle, builder);
    }

    /** The {@code static boolean name(Record)} method a {@link RowPredicate.UserMethod} names. */
    static Method method(RowPredicate.UserMethod user) throws NoSuchMethodException {
        Class<?> type = user.recordType();
        return Arrays.stream(type.getDeclaredMethods()).filter(method -> method.getName().equals(user.method())
                && Modifier.isStatic(method.getModifiers()) && method.getReturnType() == boolean.class
                && Arrays.equals(method.getParameterTypes(), new Class<?>[] {type})).findFirst()
                .orElseThrow(() -> new NoSuchMethodException(type.getName() + "." + user.method() + "("
                        + type.getSimpleName() + ")"));
    }

    /** Whether {@code value}, as text, is one of {@code values}; a null is none of them. */
    @SuppressWarnings("unused") // called through a method handle
    private static boolean among(Set<String> values, Object value) {
        return value != null && values.contains(value instanceof Enum<?> constant ? constant.name() : value.toString());
    }
}
