package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Each non-null value is at most the previous non-null value in file order (smaller, with
 * {@code strict}). Every value greater than the one before it is a violation; nulls and NaN are
 * skipped. Numeric, date and time columns. Great Expectations: {@code expect_column_values_to_be_decreasing}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Decreasing {

    /** Whether equal neighbours violate too. Default false. */
    boolean strict() default false;

    /**
     * Smallest share of checked values that must conform, in [0, 1]. The constraint passes when either
     * tolerance holds. Default NaN, meaning not set: the component's {@link Mostly}, else 1 (every
     * value); an explicit value, 1 included, wins over {@code @Mostly}.
     */
    double mostly() default Double.NaN;

    /** Largest number of non-conforming values tolerated. Default 0. */
    long allowedViolations() default 0;
}
