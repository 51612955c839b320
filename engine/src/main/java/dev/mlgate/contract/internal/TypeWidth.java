package dev.mlgate.contract.internal;

import dev.mlgate.data.ValueKind;

/**
 * How much of its value kind a column's Java type can hold. The data layer reads every integral type
 * as a 64-bit integer and every floating-point type as a double; a value that {@code int}, {@code short},
 * {@code byte} or {@code float} cannot hold (it would wrap or become infinite) is a type violation of the
 * column, exactly as unreadable text is.
 */
enum TypeWidth {
    /** The whole kind: {@code long}, {@code double} and every non-numeric type. */
    FULL(Long.MIN_VALUE, Long.MAX_VALUE, null),
    INT(Integer.MIN_VALUE, Integer.MAX_VALUE, "an int, an integer from -2147483648 to 2147483647"),
    SHORT(Short.MIN_VALUE, Short.MAX_VALUE, "a short, an integer from -32768 to 32767"),
    BYTE(Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte, an integer from -128 to 127"),
    FLOAT(0, 0, "a float, a decimal number of magnitude at most " + Float.MAX_VALUE);

    private final long min;
    private final long max;
    private final String description;

    TypeWidth(long min, long max, String description) {
        this.min = min;
        this.max = max;
        this.description = description;
    }

    static TypeWidth of(Class<?> javaType) {
        if (javaType == int.class || javaType == Integer.class) {
            return INT;
        }
        if (javaType == short.class || javaType == Short.class) {
            return SHORT;
        }
        if (javaType == byte.class || javaType == Byte.class) {
            return BYTE;
        }
        return javaType == float.class || javaType == Float.class ? FLOAT : FULL;
    }

    /** Whether the type holds a value its kind has read: integers within range, finite decimals that stay finite. */
    boolean fits(ColumnValue value) {
        return switch (this) {
            case FULL -> true;
            // NaN and infinities written as such are floats; only a finite value that overflows is not.
            case FLOAT -> !Double.isFinite(value.number) || Float.isFinite((float) value.number);
            default -> value.integer >= min && value.integer <= max;
        };
    }

    /** What a value of the column is, in words: the type's own range, or the kind's description. */
    String description(ValueKind kind) {
        return description == null ? kind.description() : description;
    }
}
