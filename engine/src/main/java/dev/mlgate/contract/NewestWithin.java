package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Freshness: the newest value is at most {@code value} older than the run's present (today for dates, now
 * in UTC for date-times and instants; {@code mlgate.today} pins it), so a feed that stopped delivering is
 * caught. {@code value} is an ISO-8601 period for dates ({@code P1D}) and a duration for date-times and
 * instants ({@code PT6H}). With no value the check is inconclusive. Deequ and Great Expectations express
 * this as a maximum of the column compared with a computed date.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface NewestWithin {

    /** The largest age of the newest value, ISO-8601. */
    String value();
}
