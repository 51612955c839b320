package dev.mlgate.contract.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;

/**
 * Ages relative to the run's present: today for dates, now (UTC) for date-times and instants. An age is
 * an ISO-8601 period for dates and a duration for date-times and instants, so "P1M" means a calendar month
 * for a date column.
 */
final class Ages {

    private Ages() {
    }

    /** The amount {@code text} means for a column of dates ({@code dates}) or of times, or null if it means none. */
    static TemporalAmount parse(String text, boolean dates) {
        try {
            return dates ? Period.parse(text) : Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The earliest value within {@code age} of the present, in the type of {@code sample}. */
    static Comparable<?> earliest(Object sample, TemporalAmount age, LocalDate today, Instant now) {
        if (sample instanceof LocalDate) {
            return today.minus(age);
        }
        if (sample instanceof LocalDateTime) {
            return LocalDateTime.ofInstant(now, ZoneOffset.UTC).minus(age);
        }
        return now.minus(age);
    }
}
