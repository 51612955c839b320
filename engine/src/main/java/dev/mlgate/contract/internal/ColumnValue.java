package dev.mlgate.contract.internal;

import dev.mlgate.data.ValueKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The current row's value of one column, read once per row and shared by every metric of the column.
 * Reused across rows so the scan allocates nothing per value for numeric columns.
 */
final class ColumnValue {

    /** Whether the field was a null token, could not be read as the column's kind, or holds a value. */
    enum State { NULL, UNREADABLE, VALUE }

    private final ValueKind kind;
    State state;
    String raw;
    long row;
    long line;
    /** The numeric value of integral, decimal and boolean (1/0) columns, and epoch days/seconds of dates. */
    double number;
    /** The value as an object for set membership: Long, Double, Boolean, String or a java.time value. */
    Object key;

    ColumnValue(ValueKind kind) {
        this.kind = kind;
    }

    ValueKind kind() {
        return kind;
    }

    void read(String field, long rowNumber, long lineNumber) {
        raw = field;
        row = rowNumber;
        line = lineNumber;
        key = null;
        if (field == null) {
            state = State.NULL;
            return;
        }
        try {
            parse(field);
            state = State.VALUE;
        } catch (NumberFormatException | DateTimeParseException e) {
            state = State.UNREADABLE;
        }
    }

    /**
     * Sets the value from an in-memory cell (a Tablesaw column's value) instead of text: numbers and
     * booleans keep their exact value, and {@code raw} is their text as Java writes it.
     */
    void set(Object cell, long rowNumber) {
        row = rowNumber;
        line = 0;
        key = null;
        if (cell == null) {
            raw = null;
            state = State.NULL;
            return;
        }
        raw = cell.toString();
        state = State.VALUE;
        switch (kind) {
            case INTEGER -> {
                long value = ((Number) cell).longValue();
                number = value;
                key = value;
            }
            case DECIMAL -> {
                double value = ((Number) cell).doubleValue();
                number = value;
                key = value;
            }
            case BOOLEAN -> {
                number = (Boolean) cell ? 1 : 0;
                key = cell;
            }
            case DATE -> {
                number = ((LocalDate) cell).toEpochDay();
                key = cell;
            }
            case DATE_TIME -> {
                number = ((LocalDateTime) cell).toEpochSecond(java.time.ZoneOffset.UTC);
                key = cell;
            }
            case INSTANT -> {
                number = ((Instant) cell).getEpochSecond();
                key = cell;
            }
            default -> {
                number = Double.NaN;
                key = raw;
            }
        }
    }

    private void parse(String field) {
        switch (kind) {
            case INTEGER -> {
                long value = Long.parseLong(field.trim());
                number = value;
                key = value;
            }
            case DECIMAL -> {
                double value = parseDecimal(field.trim());
                number = value;
                key = value;
            }
            case BOOLEAN -> {
                boolean value = parseBoolean(field.trim());
                number = value ? 1 : 0;
                key = value;
            }
            case DATE -> {
                LocalDate value = LocalDate.parse(field.trim());
                number = value.toEpochDay();
                key = value;
            }
            case DATE_TIME -> {
                LocalDateTime value = LocalDateTime.parse(field.trim());
                number = value.toEpochSecond(java.time.ZoneOffset.UTC);
                key = value;
            }
            case INSTANT -> {
                Instant value = Instant.parse(field.trim());
                number = value.getEpochSecond();
                key = value;
            }
            default -> {
                number = Double.NaN;
                key = field;
            }
        }
    }

    private static double parseDecimal(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "nan" -> Double.NaN;
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new NumberFormatException(text);
        };
    }
}
