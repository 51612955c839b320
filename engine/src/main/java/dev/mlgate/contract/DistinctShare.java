package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Distinct values over non-null values lies between {@code min} and {@code max}, inclusive: 1 when every
 * value differs, near 0 for a few repeated codes. NaN is left out (pandas' {@code nunique}), 0.0 equals
 * -0.0. With no value the share is undefined and the check is inconclusive. Great Expectations:
 * {@code expect_column_proportion_of_unique_values_to_be_between}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface DistinctShare {

    /** Smallest acceptable share. Default 0. */
    double min() default 0;

    /** Largest acceptable share. Default 1. */
    double max() default 1;
}
