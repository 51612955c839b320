package dev.mlgate.contract.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;

/**
 * A {@code @RowRule} as the scan evaluates it: the rule method as a cached {@link MethodHandle} and the
 * builder of the record it takes. Rules of one contract share one builder, so each row's record is built
 * once however many rules read it.
 *
 * @param name the rule method's name
 * @param rule {@code (Object) boolean}, the rule method adapted to take the record as an Object
 * @param builder builds the record of each row
 */
record RowRuleMetric(String name, MethodHandle rule, RecordBuilder builder) {

    /** The metric of {@code method}, a valid rule taking {@code builder}'s record type. */
    static RowRuleMetric of(Method method, RecordBuilder builder) throws IllegalAccessException {
        method.setAccessible(true);
        MethodHandle handle = MethodHandles.lookup().unreflect(method)
                .asType(MethodType.methodType(boolean.class, Object.class));
        return new RowRuleMetric(method.getName(), handle, builder);
    }

    /** The columns whose values make the record the rule reads: every declared one. */
    List<String> columns() {
        return builder.columns();
    }

    /**
     * What a rule saw in one scan.
     *
     * @param checked rows the rule was evaluated on (up to a thrown exception)
     * @param violations rows for which it returned false
     * @param leftOut rows not evaluated: a null in a component that is not {@code @Nullable}, or a value
     *     its component cannot hold
     * @param examples the first violating rows, the record's text as value
     * @param error what the rule or the record's constructor threw, naming the row, or null
     */
    record Outcome(long checked, long violations, long leftOut,
            List<dev.mlgate.engine.internal.check.Evidence.Example> examples, String error) {

        Outcome {
            examples = List.copyOf(examples);
        }
    }
}
