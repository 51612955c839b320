package dev.mlgate.spark.internal;

import dev.mlgate.data.ValueKind;
import dev.mlgate.data.internal.ValueParsers;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;

/**
 * Reads one text field as its column's kind with the engine's own strict parsers, so a value Spark
 * reads is exactly the value the local backend reads: the result is {@link ParsedValue#SCHEMA}, or null
 * when the text cannot be read.
 */
final class TextValues implements UDF1<String, Row> {

    private final ValueType type;

    TextValues(ValueType type) {
        this.type = type;
    }

    @Override
    public Row call(String field) {
        if (field == null) {
            return null;
        }
        try {
            return switch (type.kind()) {
                case INTEGER -> {
                    long integer = ValueParsers.parseInteger(field);
                    yield type.fits(integer) ? RowFactory.create((double) integer, integer, Long.toString(integer), 0)
                            : unreadable();
                }
                case DECIMAL -> {
                    double number = ValueParsers.parseDecimal(field);
                    yield type.fits(number) ? RowFactory.create(number, null, ParsedValue.decimalKey(number), 0)
                            : unreadable();
                }
                case BOOLEAN -> {
                    boolean bool = ValueParsers.parseBoolean(field);
                    yield RowFactory.create(bool ? 1.0 : 0.0, bool ? 1L : 0L, Boolean.toString(bool), 0);
                }
                case DATE -> temporal(ValueParsers.parseDate(field));
                case DATE_TIME -> temporal(ValueParsers.parseDateTime(field));
                case INSTANT -> temporal(ValueParsers.parseInstant(field));
                default -> RowFactory.create(Double.NaN, null, field, 0);
            };
        } catch (IllegalArgumentException e) {
            return unreadable();
        }
    }

    /** No struct: a struct of nulls would count as a value ({@link ParsedValue#isValue()} tests the struct). */
    private static Row unreadable() {
        return null;
    }

    /** A time as the local backend numbers it: epoch day for dates, epoch second for the others (and nanos). */
    private static Row temporal(Object value) {
        TimeBound bound = TimeBound.of(value);
        return RowFactory.create((double) bound.number(), null, value.toString(), bound.nanos());
    }

    /** Whether values of this kind are parsed (every kind but text, which is read as written). */
    static boolean parses(ValueKind kind) {
        return kind != ValueKind.STRING;
    }
}
