package dev.mlgate.contract.internal;

import dev.mlgate.data.ValueKind;
import dev.mlgate.data.internal.ValueParsers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The current row's value of one column, read once per row with the data layer's strict parsers and
 * shared by every metric of the column. Reused across rows; a value is boxed only when a metric asks
 * for it as an object ({@link #key()}), so numeric columns cost no allocation per value.
 */
final class ColumnValue {

    /** Whether the field was a null token, could not be read as the column's kind, or holds a value. */
    enum State { NULL, UNREADABLE, VALUE }

    private final ValueKind kind;
    private final TypeWidth width;
    State state;
    String raw;
    long row;
    long line;
    /** The numeric value: integral and decimal values, 1/0 for booleans, epoch day or second for times. */
    double number;
    /** The exact value of an integral column (a double cannot hold every long). */
    long integer;
    /** The java.time value of a date, date-time or instant column. */
    Object temporal;
    /** The value of a boolean column. */
    boolean bool;

    ColumnValue(ValueKind kind) {
        this(kind, TypeWidth.FULL);
    }

    /** A value of the column, read as its kind and checked against what its Java type holds. */
    ColumnValue(ColumnSpec column) {
        this(column.kind(), column.width());
    }

    private ColumnValue(ValueKind kind, TypeWidth width) {
        this.kind = kind;
        this.width = width;
    }

    ValueKind kind() {
        return kind;
    }

    /** Whether the column's values are numbers, so {@link #bits()} identifies them. */
    boolean isPrimitive() {
        return kind == ValueKind.INTEGER || kind == ValueKind.DECIMAL || kind == ValueKind.BOOLEAN;
    }

    /**
     * A value's identity as 64 bits for primitive columns: equal values, and only they, share it; 0.0 and
     * -0.0 are equal, NaN equals NaN.
     */
    long bits() {
        return switch (kind) {
            case INTEGER -> integer;
            // -0.0 == 0.0 (as in pandas and Great Expectations), but their bits differ; every NaN has one bits
            case DECIMAL -> number == 0 ? 0L : Double.doubleToLongBits(number);
            default -> bool ? 1 : 0;
        };
    }

    /** The value as an object for set membership and comparisons: Long, Double, Boolean, String or java.time. */
    Object key() {
        return switch (kind) {
            case INTEGER -> integer;
            case DECIMAL -> number;
            case BOOLEAN -> bool;
            case DATE, DATE_TIME, INSTANT -> temporal;
            default -> raw;
        };
    }

    void read(String field, long rowNumber, long lineNumber) {
        raw = field;
        row = rowNumber;
        line = lineNumber;
        if (field == null) {
            state = State.NULL;
            return;
        }
        try {
            parse(field);
            state = width.fits(this) ? State.VALUE : State.UNREADABLE;
        } catch (IllegalArgumentException e) {
            state = State.UNREADABLE;
        }
    }

    private void parse(String field) {
        switch (kind) {
            case INTEGER -> {
                integer = ValueParsers.parseInteger(field);
                number = integer;
            }
            case DECIMAL -> number = ValueParsers.parseDecimal(field);
            case BOOLEAN -> {
                bool = ValueParsers.parseBoolean(field);
                number = bool ? 1 : 0;
            }
            case DATE -> setTemporal(ValueParsers.parseDate(field));
            case DATE_TIME -> setTemporal(ValueParsers.parseDateTime(field));
            case INSTANT -> setTemporal(ValueParsers.parseInstant(field));
            default -> number = Double.NaN;
        }
    }

    /**
     * Sets the value from an in-memory cell (a Tablesaw column's value) instead of text: numbers and
     * booleans keep their exact value, and {@code raw} is their text as Java writes it.
     */
    void set(Object cell, long rowNumber) {
        row = rowNumber;
        line = 0;
        if (cell == null) {
            raw = null;
            state = State.NULL;
            return;
        }
        raw = cell.toString();
        state = State.VALUE;
        switch (kind) {
            case INTEGER -> {
                integer = ((Number) cell).longValue();
                number = integer;
            }
            case DECIMAL -> number = ((Number) cell).doubleValue();
            case BOOLEAN -> {
                bool = (Boolean) cell;
                number = bool ? 1 : 0;
            }
            case DATE, DATE_TIME, INSTANT -> setTemporal(cell);
            default -> number = Double.NaN;
        }
    }

    private void setTemporal(Object value) {
        temporal = value;
        if (value instanceof LocalDate date) {
            number = date.toEpochDay();
        } else if (value instanceof LocalDateTime dateTime) {
            number = dateTime.toEpochSecond(ZoneOffset.UTC);
        } else {
            number = ((Instant) value).getEpochSecond();
        }
    }
}
