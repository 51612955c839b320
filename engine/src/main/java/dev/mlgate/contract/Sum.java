package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The sum of the values lies between {@code min} and {@code max}, inclusive: exact for integer columns,
 * with compensated summation otherwise. Nulls and NaN are left out (pandas' {@code skipna}); with no value
 * the sum is 0, as pandas' {@code sum} gives. Great Expectations: {@code expect_column_sum_to_be_between}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Sum {

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
