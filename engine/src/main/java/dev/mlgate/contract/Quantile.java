package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code q}-quantile of the non-null values lies between {@code min} and {@code max}, inclusive.
 * Computed exactly, with linear interpolation between closest ranks: the default method of numpy's
 * {@code quantile} and pandas' {@code Series.quantile} (Hyndman and Fan type 7). NaN values are left
 * out. Needs the values in memory. Repeat it for several quantiles.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
@Repeatable(Quantiles.class)
public @interface Quantile {

    /** The probability of the quantile, in [0, 1]. */
    double q();

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
}
