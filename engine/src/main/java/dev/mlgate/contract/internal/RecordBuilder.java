package dev.mlgate.contract.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the contract record for the current row from the values the scan already parsed, so row
 * rules receive a typed row without a second parse. The canonical constructor is found once and
 * called through a cached {@link MethodHandle}; the argument array is reused across rows.
 */
final class RecordBuilder {

    /** What {@link #build} returns for a row the record cannot faithfully hold. */
    static final Object UNFIT = new Object();

    private final Class<?> type;
    private final List<String> columns;
    private final Converter[] converters;
    private final MethodHandle constructor;

    private RecordBuilder(Class<?> type, List<String> columns, Converter[] converters, MethodHandle constructor) {
        this.type = type;
        this.columns = columns;
        this.converters = converters;
        this.constructor = constructor;
    }

    /**
     * A builder of {@code type}, a record whose components are {@code columns} in order.
     *
     * @throws ReflectiveOperationException if the canonical constructor cannot be called
     */
    static RecordBuilder of(Class<?> type, List<ColumnSpec> columns) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        MethodHandle handle = MethodHandles.lookup().unreflectConstructor(canonical)
                .asSpreader(Object[].class, types.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
        Converter[] converters = new Converter[types.length];
        for (int i = 0; i < types.length; i++) {
            converters[i] = converter(types[i], columns.get(i).nullable());
        }
        return new RecordBuilder(type, columns.stream().map(ColumnSpec::name).toList(), converters, handle);
    }

    Class<?> type() {
        return type;
    }

    /** The column of each component, in component order. */
    List<String> columns() {
        return columns;
    }

    /**
     * The record holding {@code values} (one per component, in order), or {@link #UNFIT} when one is
     * null for a component that is not {@code @Nullable}, or cannot be held by its component.
     *
     * @param arguments scratch space of one slot per component
     * @throws Throwable what the record's constructor throws
     */
    Object build(ColumnValue[] values, Object[] arguments) throws Throwable {
        for (int i = 0; i < converters.length; i++) {
            Object argument = converters[i].convert(values[i]);
            if (argument == UNFIT) {
                return UNFIT;
            }
            arguments[i] = argument;
        }
        return (Object) constructor.invokeExact(arguments);
    }

    private static Converter converter(Class<?> javaType, boolean nullable) {
        Converter present = present(javaType);
        return value -> switch (value.state) {
            case VALUE -> present.convert(value);
            case NULL -> nullable ? null : UNFIT;
            default -> UNFIT;
        };
    }

    private static Converter present(Class<?> javaType) {
        if (javaType == long.class || javaType == Long.class) {
            return value -> value.integer;
        } else if (javaType == int.class || javaType == Integer.class) {
            return value -> (int) value.integer;
        } else if (javaType == short.class || javaType == Short.class) {
            return value -> (short) value.integer;
        } else if (javaType == byte.class || javaType == Byte.class) {
            return value -> (byte) value.integer;
        } else if (javaType == double.class || javaType == Double.class) {
            return value -> value.number;
        } else if (javaType == float.class || javaType == Float.class) {
            return value -> (float) value.number;
        } else if (javaType == boolean.class || javaType == Boolean.class) {
            return value -> value.bool;
        } else if (javaType.isEnum()) {
            Map<String, Object> constants = new HashMap<>();
            for (Object constant : javaType.getEnumConstants()) {
                constants.put(((Enum<?>) constant).name(), constant);
            }
            // A name that is no constant is reported by the column's one-of check; the record cannot hold it.
            return value -> constants.getOrDefault(value.raw, UNFIT);
        } else if (javaType == String.class) {
            return value -> value.raw;
        }
        return value -> value.temporal;
    }

    /** One component's value from the parsed column value. */
    @FunctionalInterface
    private interface Converter {
        Object convert(ColumnValue value);
    }
}
