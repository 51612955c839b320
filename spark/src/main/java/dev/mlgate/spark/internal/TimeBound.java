package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.lit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.spark.sql.Column;

/**
 * A date, date-time or instant as two numbers a Spark expression compares exactly: the epoch day (dates)
 * or epoch second (UTC for date-times), and the nanoseconds within that second.
 */
record TimeBound(long number, int nanos) {

    static TimeBound of(Object value) {
        if (value instanceof LocalDate date) {
            return new TimeBound(date.toEpochDay(), 0);
        }
        if (value instanceof LocalDateTime dateTime) {
            return new TimeBound(dateTime.toEpochSecond(ZoneOffset.UTC), dateTime.getNano());
        }
        Instant instant = (Instant) value;
        return new TimeBound(instant.getEpochSecond(), instant.getNano());
    }

    /** Whether the column's time is after this bound. */
    Column isAfter(ParsedValue value) {
        return value.number().gt(lit((double) number))
                .or(value.number().equalTo(lit((double) number)).and(value.nanos().gt(lit(nanos))));
    }

    /** Whether the column's time is before this bound. */
    Column isBefore(ParsedValue value) {
        return value.number().lt(lit((double) number))
                .or(value.number().equalTo(lit((double) number)).and(value.nanos().lt(lit(nanos))));
    }

    /** Whether this time is before {@code other}. */
    boolean lessThan(TimeBound other) {
        return number < other.number || number == other.number && nanos < other.nanos;
    }
}
