package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every non-null value lies within the last {@code value} before the run's present (today for dates, now
 * in UTC for date-times and instants; {@code mlgate.today} pins it): data that must be recent, such as a
 * daily extract's event dates. {@code value} is an ISO-8601 period for dates ({@code P30D}, {@code P1M})
 * and a duration for date-times and instants ({@code PT6H}, {@code P2D}). Values in the future are not
 * judged here ({@link NotInFuture} does that). Nulls are ignored.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface WithinLast {

    /** The period or duration, ISO-8601. */
    String value();

    /**
     * Smallest share of non-null values that must conform, in [0, 1]. The constraint passes when either
     * tolerance holds. Default NaN, meaning not set: the component's {@link Mostly}, else 1 (every value);
     * an explicit value, 1 included, wins over {@code @Mostly}.
     */
    double mostly() default Double.NaN;

    /** Largest number of non-conforming values tolerated. Default 0. */
    long allowedViolations() default 0;
}
