package dev.mlgate.contract.internal;

import dev.mlgate.data.ValueKind;
import dev.mlgate.data.internal.CharParsers;
import dev.mlgate.data.internal.ValueParsers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The current row's value of one column, read once per row and shared by every metric of the column.
 * Reused across rows. Read from characters in place, a value costs no allocation: numbers, booleans and
 * times are parsed straight from the characters, and the field's {@code String} ({@link #raw()}) and
 * {@code java.time} object ({@link #temporal()}) are made only when a metric asks for them.
 */
final class ColumnValue {

    /** Whether the field was a null token, could not be read as the column's kind, or holds a value. */
    enum State { NULL, UNREADABLE, VALUE }

    private static final int UNORDERED = Integer.MIN_VALUE;

    private final ValueKind kind;
    private final TypeWidth width;
    private final CharParsers parsers = new CharParsers();
    private final FieldText text = new FieldText();
    State state;
    long row;
    long line;
    /** The numeric value: integral and decimal values, 1/0 for booleans, epoch day or second for times. */
    double number;
    /** The exact value of an integral column (a double cannot hold every long). */
    long integer;
    /** The value of a boolean column. */
    boolean bool;
    /** A time's exact value: the epoch day of a date, the epoch second (UTC) of a date-time or an instant. */
    long epoch;
    /** The nanosecond within {@link #epoch}'s second of a date-time or an instant. */
    int nanos;
    private String raw;
    private boolean rawMade;
    private Object temporal;

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

    /** The field's text, or {@code null} for a null token; made once per row, on the first call. */
    String raw() {
        if (!rawMade) {
            raw = state == State.NULL ? null : text.toString();
            rawMade = true;
        }
        return raw;
    }

    /**
     * The field's text without copying it, valid until the next read: the characters in place when read
     * from them, else the string. For matching and hashing; {@code null} for a null token.
     */
    CharSequence text() {
        return state == State.NULL ? null : rawMade ? raw : text;
    }

    /**
     * The field's characters as {@link FieldText#buffer()}, {@link FieldText#start()} and
     * {@link FieldText#length()}, to hash or compare without a {@code String}; valid until the next read.
     * In place when read from characters; a value read from a string is copied once. {@code null} for a null.
     */
    FieldText chars() {
        if (state == State.NULL) {
            return null;
        }
        if (text.buffer() == null) {
            char[] copy = raw.toCharArray();
            text.on(copy, 0, copy.length);
        }
        return text;
    }

    /** The java.time value of a readable date, date-time or instant column, made on the first call per row. */
    Object temporal() {
        if (temporal == null && state == State.VALUE) {
            temporal = switch (kind) {
                case DATE -> LocalDate.ofEpochDay(epoch);
                case DATE_TIME -> LocalDateTime.ofEpochSecond(epoch, nanos, ZoneOffset.UTC);
                case INSTANT -> Instant.ofEpochSecond(epoch, nanos);
                default -> null;
            };
        }
        return temporal;
    }

    /** Whether the readable time value comes before {@code bound}, a java.time value; false when either is absent. */
    boolean before(Object bound) {
        int order = order(bound);
        return order == UNORDERED ? bound != null && Temporals.before(temporal(), bound) : order < 0;
    }

    /** Whether {@code bound}, a java.time value, comes before the readable time value; false when either is absent. */
    boolean after(Object bound) {
        int order = order(bound);
        return order == UNORDERED ? bound != null && Temporals.before(bound, temporal()) : order > 0;
    }

    /** The value's order against a bound of the column's own type, from the epoch value; else {@link #UNORDERED}. */
    private int order(Object bound) {
        if (state != State.VALUE || bound == null) {
            return UNORDERED;
        }
        if (kind == ValueKind.DATE && bound instanceof LocalDate date) {
            return Long.compare(epoch, date.toEpochDay());
        }
        if (kind == ValueKind.DATE_TIME && bound instanceof LocalDateTime dateTime) {
            int order = Long.compare(epoch, dateTime.toEpochSecond(ZoneOffset.UTC));
            return order != 0 ? order : Integer.compare(nanos, dateTime.getNano());
        }
        if (kind == ValueKind.INSTANT && bound instanceof Instant instant) {
            int order = Long.compare(epoch, instant.getEpochSecond());
            return order != 0 ? order : Integer.compare(nanos, instant.getNano());
        }
        return UNORDERED;
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
            case DATE, DATE_TIME, INSTANT -> temporal();
            default -> raw();
        };
    }

    /** Reads the field {@code field}, {@code null} for a null token. */
    void read(String field, long rowNumber, long lineNumber) {
        start(rowNumber, lineNumber);
        raw = field;
        rawMade = true;
        text.on(null, 0, 0);
        if (field == null) {
            state = State.NULL;
            return;
        }
        parseSlowly(field);
    }

    /** Reads the field {@code chars[start, start + length)}; a length of -1 is a null token. */
    void read(char[] chars, int start, int length, long rowNumber, long lineNumber) {
        start(rowNumber, lineNumber);
        rawMade = false;
        text.on(chars, start, Math.max(length, 0));
        if (length < 0) {
            state = State.NULL;
            return;
        }
        state = State.VALUE;
        if (parseFast(chars, start, length)) {
            state = width.fits(this) ? State.VALUE : State.UNREADABLE;
        } else {
            parseSlowly(raw());
        }
    }

    private void start(long rowNumber, long lineNumber) {
        row = rowNumber;
        line = lineNumber;
        temporal = null;
    }

    /** Parses the common forms in place; {@code false} when {@link ValueParsers} must decide. */
    private boolean parseFast(char[] c, int start, int length) {
        CharParsers p = parsers;
        switch (kind) {
            case INTEGER -> {
                if (!p.integer(c, start, length)) {
                    return false;
                }
                integer = p.integer();
                number = integer;
            }
            case DECIMAL -> {
                if (!p.decimal(c, start, length)) {
                    return false;
                }
                number = p.decimal();
            }
            case BOOLEAN -> {
                if (!p.bool(c, start, length)) {
                    return false;
                }
                bool = p.integer() == 1;
                number = p.integer();
            }
            case DATE, DATE_TIME, INSTANT -> {
                boolean read = kind == ValueKind.DATE ? p.date(c, start, length)
                        : kind == ValueKind.DATE_TIME ? p.dateTime(c, start, length) : p.instant(c, start, length);
                if (!read) {
                    return false;
                }
                epoch = p.integer();
                nanos = kind == ValueKind.DATE ? 0 : p.nanos();
                number = epoch;
            }
            default -> number = Double.NaN;
        }
        return true;
    }

    private void parseSlowly(String field) {
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
     * booleans keep their exact value, and {@link #raw()} is their text as Java writes it.
     */
    void set(Object cell, long rowNumber) {
        start(rowNumber, 0);
        text.on(null, 0, 0);
        rawMade = true;
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

    /**
     * Sets the value from a cell read elsewhere from {@code text} (a Spark executor's value): as
     * {@link #set(Object, long)}, with that text as {@link #raw()}; a text without a cell is unreadable.
     */
    void set(Object cell, String text, long rowNumber) {
        set(cell, rowNumber);
        raw = text;
        if (cell == null && text != null) {
            state = State.UNREADABLE;
        }
    }

    private void setTemporal(Object value) {
        temporal = value;
        if (value instanceof LocalDate date) {
            epoch = date.toEpochDay();
            nanos = 0;
        } else if (value instanceof LocalDateTime dateTime) {
            epoch = dateTime.toEpochSecond(ZoneOffset.UTC);
            nanos = dateTime.getNano();
        } else {
            epoch = ((Instant) value).getEpochSecond();
            nanos = ((Instant) value).getNano();
        }
        number = epoch;
    }
}
