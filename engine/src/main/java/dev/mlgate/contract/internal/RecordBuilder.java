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

    private static final int LONG = 0;
    private static final int INT = 1;
    private static final int SHORT = 2;
    private static final int BYTE = 3;
    private static final int DOUBLE = 4;
    private static final int FLOAT = 5;
    private static final int BOOLEAN = 6;
    private static final int STRING = 7;
    private static final int ENUM = 8;
    private static final int TEMPORAL = 9;

    private final Class<?> type;
    private final List<String> columns;
    private final int[] kinds;
    private final boolean[] nullable;
    private final Map<String, Object>[] constants;
    private final MethodHandle constructor;

    @SuppressWarnings("unchecked")
    private RecordBuilder(Class<?> type, List<ColumnSpec> columns, Class<?>[] types, MethodHandle constructor) {
        this.type = type;
        this.columns = columns.stream().map(ColumnSpec::name).toList();
        this.kinds = new int[types.length];
        this.nullable = new boolean[types.length];
        this.constants = new Map[types.length];
        for (int i = 0; i < types.length; i++) {
            kinds[i] = kind(types[i]);
            nullable[i] = columns.get(i).nullable();
            constants[i] = constants(types[i]);
        }
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
        return new RecordBuilder(type, columns, types, handle);
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
        for (int i = 0; i < kinds.length; i++) {
            ColumnValue value = values[i];
            Object argument;
            if (value.state == ColumnValue.State.VALUE) {
                argument = convert(kinds[i], value, constants[i]);
            } else {
                argument = value.state == ColumnValue.State.NULL && nullable[i] ? null : UNFIT;
            }
            if (argument == UNFIT) {
                return UNFIT;
            }
            arguments[i] = argument;
        }
        return (Object) constructor.invokeExact(arguments);
    }

    // One switch rather than a converter object per component: the call stays monomorphic on wide records.
    private static Object convert(int kind, ColumnValue value, Map<String, Object> constants) {
        return switch (kind) {
            case LONG -> value.integer;
            case INT -> (int) value.integer;
            case SHORT -> (short) value.integer;
            case BYTE -> (byte) value.integer;
            case DOUBLE -> value.number;
            case FLOAT -> (float) value.number;
            case BOOLEAN -> value.bool;
            case STRING -> value.raw();
            // A name that is no constant is reported by the column's one-of check; the record cannot hold it.
            case ENUM -> constants.getOrDefault(value.raw(), UNFIT);
            default -> value.temporal();
        };
    }

    private static int kind(Class<?> javaType) {
        if (javaType == long.class || javaType == Long.class) {
            return LONG;
        } else if (javaType == int.class || javaType == Integer.class) {
            return INT;
        } else if (javaType == short.class || javaType == Short.class) {
            return SHORT;
        } else if (javaType == byte.class || javaType == Byte.class) {
            return BYTE;
        } else if (javaType == double.class || javaType == Double.class) {
            return DOUBLE;
        } else if (javaType == float.class || javaType == Float.class) {
            return FLOAT;
        } else if (javaType == boolean.class || javaType == Boolean.class) {
            return BOOLEAN;
        } else if (javaType == String.class) {
            return STRING;
        }
        return javaType.isEnum() ? ENUM : TEMPORAL;
    }

    private static Map<String, Object> constants(Class<?> javaType) {
        Map<String, Object> constants = new HashMap<>();
        if (javaType.isEnum()) {
            for (Object constant : javaType.getEnumConstants()) {
                constants.put(((Enum<?>) constant).name(), constant);
            }
        }
        return constants;
    }
}
