package dev.mlgate.contract.internal;

import dev.mlgate.backend.ColumnDescription;
import dev.mlgate.backend.RowPredicate;
import dev.mlgate.data.internal.Texts;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract record of a row and the {@link RowPredicate}s asked of it, for a backend that evaluates
 * them away from the local scan (Spark's executors): the record is built by the local scan's own
 * {@link RecordBuilder} and each predicate called as the local scan calls it, so both backends agree on
 * which rows a record cannot hold and on what a rule or condition answers. Not thread-safe: one per task.
 */
public final class RecordRows {

    private final RecordBuilder builder;
    private final ColumnValue[] values;
    private final Object[] arguments;
    private final MethodHandle[] predicates;

    private RecordRows(RecordBuilder builder, List<ColumnSpec> columns, List<RowRuleMetric> predicates) {
        this.builder = builder;
        this.values = columns.stream().map(ColumnValue::new).toArray(ColumnValue[]::new);
        this.arguments = new Object[values.length];
        this.predicates = predicates.stream().map(RowRuleMetric::rule).toArray(MethodHandle[]::new);
    }

    /**
     * The records of {@code type}, whose components are {@code columns} in order, and {@code predicates}
     * on them (each a predicate of {@code type}).
     *
     * @throws ReflectiveOperationException if the constructor, a method or a component cannot be reached
     */
    public static RecordRows of(Class<?> type, List<ColumnDescription> columns, List<RowPredicate> predicates)
            throws ReflectiveOperationException {
        List<ColumnSpec> specs = columns.stream().map(ColumnSpec::of).toList();
        RecordBuilder builder = RecordBuilder.of(type, specs);
        List<RowRuleMetric> resolved = new ArrayList<>();
        for (RowPredicate predicate : predicates) {
            resolved.add(RowRuleMetric.resolve(predicate, builder));
        }
        return new RecordRows(builder, specs, resolved);
    }

    /**
     * Sets the current row's field of component {@code component}: missing when {@code raw} is null,
     * unreadable when {@code value} is null, else {@code value} as its kind reads it (Long, Double,
     * Boolean, String, or the java.time value), {@code raw} its text.
     */
    public void set(int component, String raw, Object value) {
        values[component].set(raw == null ? null : value, raw, 0);
    }

    /**
     * The record of the fields set, or null when it cannot hold them (a null in a component that is not
     * {@code @Nullable}, an unreadable value, a name that is no constant of an enum component).
     *
     * @throws Throwable what the record's constructor throws
     */
    public Object build() throws Throwable {
        Object record = builder.build(values, arguments);
        return record == RecordBuilder.UNFIT ? null : record;
    }

    /**
     * What predicate {@code index} (in the order given to {@link #of}) answers for {@code record}.
     *
     * @throws Throwable what the predicate throws
     */
    public boolean test(int index, Object record) throws Throwable {
        return (boolean) predicates[index].invokeExact(record);
    }

    /** The record type's simple name, as the local scan's messages name it. */
    public String typeName() {
        return builder.type().getSimpleName();
    }

    /** A thrown exception as the local scan's messages describe it. */
    public static String describe(Throwable e) {
        return RowRuleScan.describe(e);
    }

    /** A record's text as the local scan's messages quote it. */
    public static String quote(Object record) {
        return Texts.quote(String.valueOf(record));
    }

    /** Rethrows what no row should swallow (running out of memory, a stack overflow). */
    public static void rethrowFatal(Throwable e) {
        RowRuleScan.rethrowFatal(e);
    }
}
