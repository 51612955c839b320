package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The standard deviation lies between {@code min} and {@code max}, inclusive. Computed over the non-null values;
 * NaN values are left out and counted in the message, as pandas' {@code skipna} does. With no value
 * left (empty dataset, all-null column) the statistic is undefined and the check is inconclusive.
 * By default the sample standard deviation (divisor n - 1, pandas' default); set {@code population}
 * for divisor n (numpy's default). With one value the sample standard deviation is undefined.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface StandardDeviation {

    /** Smallest acceptable value. Default: no lower bound. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest acceptable value. Default: no upper bound. */
    double max() default Double.POSITIVE_INFINITY;

    /**
     * A configuration parameter whose value, when this is not blank, replaces {@code min}: bounds that differ
     * per environment come from {@code junit-platform.properties} or {@code -D}. An unset or non-numeric
     * parameter fails the check, naming the key. Default: none.
     */
    String minFrom() default "";

    /** Like {@link #minFrom()}, for {@code max}. Default: none. */
    String maxFrom() default "";

    /** Use the population standard deviation (divisor n) instead of the sample one (n - 1). */
    boolean population() default false;
}
