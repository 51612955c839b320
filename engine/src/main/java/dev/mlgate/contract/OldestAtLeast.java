package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * History: the oldest value is at least {@code value} older than the run's present (today for dates, now in
 * UTC for date-times and instants; {@code mlgate.today} pins it), so a training extract that lost its early
 * months is caught. {@code value} is an ISO-8601 period for dates ({@code P1Y}) and a duration for date-times
 * and instants ({@code P30D}). With no value the check is inconclusive.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface OldestAtLeast {

    /** The smallest age of the oldest value, ISO-8601. */
    String value();
}
