package dev.mlgate.data;

import dev.mlgate.data.internal.ValueParsers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The kinds of value a column can be declared to hold, each with a strict, fast text parser.
 *
 * <p>Parsing never trims, guesses a locale or rounds: {@code ' 5'} and {@code '12,5'} are errors, shown
 * with their exact text.
 */
public enum ValueKind {
    /** A 64-bit integer: optional sign and decimal digits. {@code 1.0}, {@code 1e3} and overflow are errors. */
    INTEGER("an integer"),
    /**
     * A 64-bit floating-point number: {@code [+-]digits[.digits][e[+-]digits]}. Also, case-insensitive,
     * {@code NaN}, {@code Infinity}/{@code inf} with an optional sign, as Java, numpy and Python write them;
     * whether a non-finite value is acceptable is for the checks to decide. A finite text too large for a
     * double (such as {@code 1e400}) is an error, not infinity. Hex floats and Java suffixes ({@code 1f}) are
     * errors.
     */
    DECIMAL("a decimal number"),
    /** {@code true/false}, {@code 1/0} or {@code yes/no}, case-insensitive. */
    BOOLEAN("a boolean (true/false, 1/0, yes/no)"),
    /** Any text, as written. */
    STRING("text"),
    /** An ISO-8601 date, {@code yyyy-MM-dd}. */
    DATE("a date (yyyy-MM-dd)"),
    /** An ISO-8601 local date-time, {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]}; a space may replace the T. */
    DATE_TIME("a date-time (yyyy-MM-ddTHH:mm:ss)"),
    /** An ISO-8601 date-time with {@code Z} or an offset, such as {@code 2024-05-01T12:00:00+02:00}. */
    INSTANT("an instant (yyyy-MM-ddTHH:mm:ss with Z or an offset)");

    private static final Map<Class<?>, ValueKind> BY_TYPE = Map.ofEntries(
            Map.entry(long.class, INTEGER), Map.entry(Long.class, INTEGER),
            Map.entry(int.class, INTEGER), Map.entry(Integer.class, INTEGER),
            Map.entry(short.class, INTEGER), Map.entry(Short.class, INTEGER),
            Map.entry(byte.class, INTEGER), Map.entry(Byte.class, INTEGER),
            Map.entry(double.class, DECIMAL), Map.entry(Double.class, DECIMAL),
            Map.entry(float.class, DECIMAL), Map.entry(Float.class, DECIMAL),
            Map.entry(boolean.class, BOOLEAN), Map.entry(Boolean.class, BOOLEAN),
            Map.entry(String.class, STRING),
            Map.entry(LocalDate.class, DATE),
            Map.entry(LocalDateTime.class, DATE_TIME),
            Map.entry(Instant.class, INSTANT));

    private final String description;

    ValueKind(String description) {
        this.description = description;
    }

    /**
     * The kind that holds values of a Java type: integral types to {@link #INTEGER}, {@code double} and
     * {@code float} to {@link #DECIMAL}, {@code boolean}, {@code String}, {@code LocalDate},
     * {@code LocalDateTime}, {@code Instant}, and enums to {@link #STRING} (their constants are the allowed
     * values, checked elsewhere). Range checks for narrower types ({@code int}, {@code byte}) are also the
     * checks' business.
     *
     * @throws IllegalArgumentException for any other type
     */
    public static ValueKind of(Class<?> javaType) {
        ValueKind kind = BY_TYPE.get(javaType);
        if (kind != null) {
            return kind;
        }
        if (javaType.isEnum()) {
            return STRING;
        }
        throw new IllegalArgumentException("no column kind for Java type " + javaType.getName()
                + "; use long, int, short, byte, double, float, boolean, String, LocalDate, LocalDateTime,"
                + " Instant, an enum, or their boxed forms");
    }

    /** What a value of this kind is, in words, e.g. {@code "a decimal number"}. */
    public String description() {
        return description;
    }

    /**
     * Parses a non-missing text: {@code Long}, {@code Double}, {@code Boolean}, {@code String},
     * {@code LocalDate}, {@code LocalDateTime} or {@code Instant}.
     *
     * @throws IllegalArgumentException naming the text, e.g. {@code cannot read '12,5' as a decimal number}
     */
    public Object parse(String raw) {
        return switch (this) {
            case INTEGER -> ValueParsers.parseInteger(raw);
            case DECIMAL -> ValueParsers.parseDecimal(raw);
            case BOOLEAN -> ValueParsers.parseBoolean(raw);
            case STRING -> raw;
            case DATE -> ValueParsers.parseDate(raw);
            case DATE_TIME -> ValueParsers.parseDateTime(raw);
            case INSTANT -> ValueParsers.parseInstant(raw);
        };
    }

    /** Whether {@link #parse(String)} would accept the text; cheap, never throws. */
    public boolean accepts(String raw) {
        return switch (this) {
            case INTEGER -> ValueParsers.isInteger(raw);
            case DECIMAL -> ValueParsers.isDecimal(raw);
            case STRING -> true;
            default -> {
                try {
                    parse(raw);
                    yield true;
                } catch (IllegalArgumentException e) {
                    yield false;
                }
            }
        };
    }
}
