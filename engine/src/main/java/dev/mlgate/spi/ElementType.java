package dev.mlgate.spi;

import java.util.Locale;

/**
 * The element type of a model's tensor. The engine feeds {@link #FLOAT}, {@link #DOUBLE}, {@link #INT64}
 * and {@link #INT32} inputs from numeric columns; any other type is a signature mismatch.
 */
public enum ElementType {
    FLOAT, DOUBLE, INT64, INT32, BOOL, STRING, OTHER;

    /** Whether the engine can fill an input of this type from a numeric column. */
    public boolean isNumeric() {
        return this == FLOAT || this == DOUBLE || this == INT64 || this == INT32;
    }

    /** Whether values of this type are whole numbers. */
    public boolean isInteger() {
        return this == INT64 || this == INT32;
    }

    /** The ONNX spelling, such as {@code float} or {@code int64}. */
    public String onnxName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
