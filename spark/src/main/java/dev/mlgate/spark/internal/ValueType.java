package dev.mlgate.spark.internal;

import dev.mlgate.data.ValueKind;

/**
 * What a column's values are read as: the kind, and for integral and floating-point Java types narrower
 * than {@code long} and {@code double}, the range they hold. A value outside it is unreadable, as the
 * local backend judges it.
 *
 * @param minInteger smallest integer the type holds ({@code Long.MIN_VALUE} for a full-width type)
 * @param maxInteger largest integer it holds
 * @param singlePrecision whether the Java type is {@code float}: finite values beyond its range are unreadable
 */
public record ValueType(ValueKind kind, long minInteger, long maxInteger, boolean singlePrecision)
        implements java.io.Serializable {

    /** A type holding every value of its kind. */
    public static ValueType full(ValueKind kind) {
        return new ValueType(kind, Long.MIN_VALUE, Long.MAX_VALUE, false);
    }

    /** A text column: what an undeclared column (a whole-row key's field) is read as. */
    public static ValueType text() {
        return full(ValueKind.STRING);
    }

    /** The type of a declared column: its kind, narrowed by its Java type as the local backend does. */
    public static ValueType of(dev.mlgate.backend.ColumnDescription column) {
        Class<?> java = column.javaType();
        if (java == int.class || java == Integer.class) {
            return new ValueType(column.kind(), Integer.MIN_VALUE, Integer.MAX_VALUE, false);
        }
        if (java == short.class || java == Short.class) {
            return new ValueType(column.kind(), Short.MIN_VALUE, Short.MAX_VALUE, false);
        }
        if (java == byte.class || java == Byte.class) {
            return new ValueType(column.kind(), Byte.MIN_VALUE, Byte.MAX_VALUE, false);
        }
        return new ValueType(column.kind(), Long.MIN_VALUE, Long.MAX_VALUE, java == float.class || java == Float.class);
    }

    /** Whether a read integer fits the Java type. */
    boolean fits(long integer) {
        return integer >= minInteger && integer <= maxInteger;
    }

    /** Whether a read decimal fits the Java type: a float that stays finite, or anything for a double. */
    boolean fits(double number) {
        return !singlePrecision || !Double.isFinite(number) || Float.isFinite((float) number);
    }

    /** Whether the values are numbers (or booleans counted as 1 and 0): what moments and ranges read. */
    boolean isNumeric() {
        return kind == ValueKind.INTEGER || kind == ValueKind.DECIMAL || kind == ValueKind.BOOLEAN;
    }
}
